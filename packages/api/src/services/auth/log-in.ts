import { hashPassword, type PrismaClient, verifyPassword } from "@yibao/db";
import { type ActorKind, type Role, type SessionStage, sessionStageFor } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { formatChinaTime } from "../messages/format-china-time";
import { consumeRateLimits } from "../security/consume-rate-limits";
import {
  clearLoginThrottleOnSuccess,
  type LoginThrottleKey,
  recordLoginFailure,
  reserveLoginAttempt,
} from "../security/login-throttle";
import { isRecoveryCodeShape, recoveryCodeHash, totpStepFor } from "../security/second-factor";
import { type StartedSession, startSession } from "./start-session";

type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** One account as the login needs it, whatever its kind. */
export interface LoginAccount {
  subjectId: string;
  /** The person whose data the account opens, for the audit trail (none for staff). */
  subjectPersonId: string | null;
  role: Role;
  passwordHash: string;
  /** The opened TOTP secret and the last step accepted; null when no factor is enrolled. */
  totp: { secret: string; lastStep: bigint | null } | null;
  /** Staff must enrol a second factor; citizens may. */
  secondFactorRequired: boolean;
  mustChangePassword: boolean;
  /** Where to tell the person of a lock, if anywhere. */
  phone: string | null;
}

/** What each kind of account does at the edges of the shared rule. */
export interface LoginKind {
  kind: ActorKind;
  /** Marks the TOTP step used, or the recovery code spent at `now`, inside the login transaction. */
  consumeSecondFactor(
    tx: TransactionClient,
    subjectId: string,
    proof: { step: number } | { recoveryCodeHash: string },
    now: Date,
  ): Promise<boolean>;
  recordSignIn(tx: TransactionClient, subjectId: string, now: Date): Promise<void>;
}

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so timing does not tell which ID numbers or usernames have an account.
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-never-used");
  return decoyHash;
}

type SecondFactorProof = { step: number } | { recoveryCodeHash: string } | null;

async function checkSecondFactor(
  ctx: ServiceContext<null>,
  account: LoginAccount,
  otp: string | undefined,
): Promise<SecondFactorProof | "MISSING" | "WRONG"> {
  if (!account.totp) return null;
  const code = otp?.trim() ?? "";
  if (code === "") return "MISSING";
  if (/^\d{6}$/.test(code)) {
    const step = await totpStepFor(account.totp.secret, code, ctx.now);
    if (step === null) return "WRONG";
    if (account.totp.lastStep !== null && BigInt(step) <= account.totp.lastStep) return "WRONG";
    return { step };
  }
  if (isRecoveryCodeShape(code)) return { recoveryCodeHash: recoveryCodeHash(ctx.protector, code) };
  return "WRONG";
}

/**
 * The sign-in rule shared by every kind of account (issue "Identity", sign-in under attack):
 * rate limits per address, per account and overall; an attempt counted before the password is
 * checked, so concurrent guesses get no more than the allowed tries; a lock per account *and*
 * address; the same answer, shape and time for an unknown account as for a real one; the lock
 * re-checked in the transaction that starts the session.
 */
export async function logIn(
  ctx: ServiceContext<null>,
  kind: LoginKind,
  request: {
    accountKey: string;
    account: LoginAccount | null;
    password: string;
    otp: string | undefined;
    /** Citizens are asked for the code only once the password is right. */
    askForMissingCode: boolean;
  },
): Promise<StartedSession & { subjectId: string }> {
  const { account } = request;
  const clientKey = ctx.clientAddress ?? "unknown";
  const throttle: LoginThrottleKey = { accountKey: request.accountKey, clientKey };
  await consumeRateLimits(
    ctx.prisma,
    [
      { bucket: "loginPerAddress", subject: clientKey },
      { bucket: "loginPerAccount", subject: request.accountKey },
      { bucket: "loginOverall", subject: "*" },
    ],
    ctx.now,
  );

  const audit = (result: "SUCCEEDED" | "REFUSED", reason: string | null) =>
    recordAuditEvent(ctx.prisma, {
      occurredAt: ctx.now,
      actorKind: account ? kind.kind : "ANONYMOUS",
      actorId: account?.subjectId ?? null,
      actorRole: account?.role ?? null,
      action: "auth.login",
      subjectPersonId: account?.subjectPersonId ?? null,
      result,
      clientAddress: ctx.clientAddress,
      ...(reason ? { detail: { reason } } : {}),
    });

  const reserved = await reserveLoginAttempt(ctx.prisma, throttle, ctx.now);
  if (!reserved.allowed) {
    await audit("REFUSED", "LOCKED");
    throw new DomainError("ACCOUNT_LOCKED", { lockedUntil: reserved.lockedUntil.toISOString() });
  }

  const passwordOk =
    (await verifyPassword(account?.passwordHash ?? (await decoy()), request.password)) &&
    account !== null;
  const secondFactor = passwordOk ? await checkSecondFactor(ctx, account, request.otp) : null;
  if (passwordOk && secondFactor === "MISSING" && request.askForMissingCode) {
    throw new DomainError("SECOND_FACTOR_REQUIRED");
  }

  if (!passwordOk || secondFactor === "MISSING" || secondFactor === "WRONG") {
    const reason = !account ? "UNKNOWN_ACCOUNT" : !passwordOk ? "WRONG_PASSWORD" : "WRONG_CODE";
    await refuseAndMaybeLock(ctx, kind, throttle, account, reason);
  }
  if (!account) throw new Error("unreachable: an unknown account was refused above");

  const stage: SessionStage = sessionStageFor({
    needsSecondFactorEnrolment: account.secondFactorRequired && !account.totp,
    mustChangePassword: account.mustChangePassword,
  });
  const proof = secondFactor === "MISSING" || secondFactor === "WRONG" ? null : secondFactor;
  const outcome = await ctx.prisma.$transaction(async (tx) => {
    const cleared = await clearLoginThrottleOnSuccess(tx, throttle, ctx.now);
    if (!cleared.ok) return cleared;
    if (proof && !(await kind.consumeSecondFactor(tx, account.subjectId, proof, ctx.now))) {
      return { ok: false as const, lockedUntil: null };
    }
    await kind.recordSignIn(tx, account.subjectId, ctx.now);
    const started = await startSession(tx, {
      kind: kind.kind,
      subjectId: account.subjectId,
      stage,
      now: ctx.now,
      clientAddress: ctx.clientAddress,
    });
    await recordAuditEvent(tx, {
      occurredAt: ctx.now,
      actorKind: kind.kind,
      actorId: account.subjectId,
      actorRole: account.role,
      action: "auth.login",
      subjectPersonId: account.subjectPersonId,
      result: "SUCCEEDED",
      clientAddress: ctx.clientAddress,
      detail: { stage, ...(proof && "recoveryCodeHash" in proof ? { recoveryCode: true } : {}) },
    });
    if (proof && "recoveryCodeHash" in proof) {
      await recordAuditEvent(tx, {
        occurredAt: ctx.now,
        actorKind: kind.kind,
        actorId: account.subjectId,
        actorRole: account.role,
        action: "auth.recovery-code-used",
        subjectPersonId: account.subjectPersonId,
        result: "SUCCEEDED",
        clientAddress: ctx.clientAddress,
      });
    }
    return { ok: true as const, started };
  });
  if (!outcome.ok) {
    if (outcome.lockedUntil) {
      await audit("REFUSED", "LOCKED");
      throw new DomainError("ACCOUNT_LOCKED", { lockedUntil: outcome.lockedUntil.toISOString() });
    }
    // A code used a moment ago by a concurrent sign-in, or a recovery code already spent.
    await refuseAndMaybeLock(ctx, kind, throttle, account, "WRONG_CODE");
  }
  if (!outcome.ok) throw new Error("unreachable: refused above");
  return { ...outcome.started, subjectId: account.subjectId };
}

async function refuseAndMaybeLock(
  ctx: ServiceContext<null>,
  kind: LoginKind,
  throttle: LoginThrottleKey,
  account: LoginAccount | null,
  reason: string,
): Promise<never> {
  const lockedUntil = await ctx.prisma.$transaction(async (tx) => {
    const locked = await recordLoginFailure(tx, throttle, ctx.now);
    await recordAuditEvent(tx, {
      occurredAt: ctx.now,
      actorKind: account ? kind.kind : "ANONYMOUS",
      actorId: account?.subjectId ?? null,
      actorRole: account?.role ?? null,
      action: locked?.tellPerson ? "auth.login-locked" : "auth.login",
      subjectPersonId: account?.subjectPersonId ?? null,
      result: "REFUSED",
      clientAddress: ctx.clientAddress,
      detail: { reason },
    });
    if (locked?.tellPerson && account?.phone) {
      // The person learns of a lock they did not cause, and what to do (the counter can lift it).
      await ctx.messages.send(
        tx,
        {
          phone: account.phone,
          templateId: "LOGIN_LOCKED",
          params: { until: formatChinaTime(locked.lockedUntil) },
          personId: account.subjectPersonId,
        },
        ctx.now,
      );
    }
    return locked?.lockedUntil ?? null;
  });
  if (lockedUntil) {
    throw new DomainError("ACCOUNT_LOCKED", { lockedUntil: lockedUntil.toISOString() });
  }
  throw new DomainError("INVALID_CREDENTIALS");
}
