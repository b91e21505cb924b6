import { hashPassword, type PrismaClient, verifyPassword } from "@yibao/db";
import { afterFailedLogin, isLockedOut, type LoginLockState } from "@yibao/domain";
import type { ServiceContext, SessionKind } from "../../context";
import { DomainError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { type StartedSession, startSession } from "./start-session";

type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface StoredCredential extends LoginLockState {
  subjectId: string;
  passwordHash: string;
}

/** Where one kind of account keeps its password and failure counters. */
export interface CredentialStore {
  kind: SessionKind;
  /** The person whose data the account opens, for the audit log (none for staff). */
  subjectPersonId(credential: StoredCredential): string | null;
  countFailure(tx: TransactionClient, subjectId: string): Promise<number>;
  lock(tx: TransactionClient, subjectId: string, state: LoginLockState): Promise<void>;
  clearFailures(tx: TransactionClient, subjectId: string): Promise<void>;
}

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so timing does not tell which ID numbers or usernames have an account.
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-never-used");
  return decoyHash;
}

/**
 * The login rule shared by citizens and staff: the same refusal for an unknown account and a
 * wrong password, a lock after repeated failures, and a new session only on success.
 */
export async function logIn(
  ctx: ServiceContext<null>,
  store: CredentialStore,
  credential: StoredCredential | null,
  password: string,
): Promise<StartedSession & { subjectId: string }> {
  const action = `auth.${store.kind.toLowerCase()}.login`;
  const actorKind = store.kind === "CITIZEN" ? "CITIZEN" : "STAFF";
  const refuse = async (reason: string, actorId: string | null, subjectPersonId: string | null) =>
    recordAuditEvent(ctx.prisma, {
      occurredAt: ctx.now,
      actorKind: actorId ? actorKind : "ANONYMOUS",
      actorId,
      action,
      subjectPersonId,
      result: "REFUSED",
      clientAddress: ctx.clientAddress,
      detail: { reason },
    });

  if (!credential) {
    await verifyPassword(await decoy(), password);
    await refuse("UNKNOWN_ACCOUNT", null, null);
    throw new DomainError("INVALID_CREDENTIALS");
  }
  const subjectPersonId = store.subjectPersonId(credential);
  if (isLockedOut(credential, ctx.now)) {
    await refuse("LOCKED", credential.subjectId, subjectPersonId);
    throw new DomainError("ACCOUNT_LOCKED", {
      lockedUntil: credential.lockedUntil?.toISOString(),
    });
  }

  if (!(await verifyPassword(credential.passwordHash, password))) {
    const lockedUntil = await ctx.prisma.$transaction(async (tx) => {
      // Counted atomically in the database, so concurrent attempts cannot slip past the limit.
      const failures = await store.countFailure(tx, credential.subjectId);
      const next = afterFailedLogin(failures - 1, ctx.now);
      if (next.lockedUntil) await store.lock(tx, credential.subjectId, next);
      return next.lockedUntil;
    });
    await refuse(
      lockedUntil ? "WRONG_PASSWORD_LOCKED" : "WRONG_PASSWORD",
      credential.subjectId,
      subjectPersonId,
    );
    if (lockedUntil)
      throw new DomainError("ACCOUNT_LOCKED", { lockedUntil: lockedUntil.toISOString() });
    throw new DomainError("INVALID_CREDENTIALS");
  }

  const session = await ctx.prisma.$transaction(async (tx) => {
    await store.clearFailures(tx, credential.subjectId);
    const started = await startSession(tx, {
      kind: store.kind,
      subjectId: credential.subjectId,
      now: ctx.now,
      clientAddress: ctx.clientAddress,
    });
    await recordAuditEvent(tx, {
      occurredAt: ctx.now,
      actorKind,
      actorId: credential.subjectId,
      action,
      subjectPersonId,
      result: "SUCCEEDED",
      clientAddress: ctx.clientAddress,
    });
    return started;
  });
  return { ...session, subjectId: credential.subjectId };
}
