import { maskResidentId, type VerificationPurpose, verificationPolicy } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { citizenAccountKey } from "../auth/log-in-citizen";
import { type StartedSession, startSession } from "../auth/start-session";
import { clearLoginThrottles } from "../security/login-throttle";
import { checkAndHashNewPassword, rememberPassword } from "../security/set-password";
import { sameHash, verificationCodeHash } from "../security/verification-code";

interface ChallengeRow {
  person_id: string | null;
  code_hash: string;
}

export interface VerificationCompleted extends StartedSession {
  profile: { name: string; maskedResidentId: string; elderMode: boolean; stage: "FULL" };
}

/**
 * Registration and password recovery, step two: the code from the text message and the new
 * password. Each try uses one of the code's five, counted in the database before the code is
 * compared; a used or expired code opens nothing. On success the password is set, any lock and
 * every other session of the person end, and the person is signed in.
 */
export async function completeVerification(
  ctx: ServiceContext<null>,
  input: { purpose: VerificationPurpose; challengeId: string; code: string; password: string },
): Promise<VerificationCompleted> {
  const rows = await ctx.prisma.$queryRaw<ChallengeRow[]>`
    UPDATE verification_challenge SET attempts = attempts + 1
     WHERE id = ${input.challengeId}::uuid
       AND purpose = ${input.purpose}::verification_purpose
       AND used_at IS NULL AND expires_at > ${ctx.now}
       AND attempts < ${verificationPolicy.maxTries}
    RETURNING person_id, code_hash`;
  const challenge = rows[0];
  const expected = verificationCodeHash(ctx.protector, input.challengeId, input.code.trim());
  if (!challenge?.person_id || !sameHash(challenge.code_hash.trim(), expected)) {
    throw new DomainError("VERIFICATION_FAILED");
  }
  const personId = challenge.person_id;
  const person = await ctx.prisma.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      name: true,
      birthDate: true,
      residentIdSealed: true,
      phoneSealed: true,
      credential: { select: { elderMode: true, personId: true } },
    },
  });
  const residentId = ctx.protector.open(person.residentIdSealed, "person.resident-id");
  const passwordHash = await checkAndHashNewPassword(ctx.prisma, {
    account: { personId },
    password: input.password,
    about: { residentId, birthDate: person.birthDate.toISOString().slice(0, 10) },
    field: "password",
  });

  const started = await ctx.prisma.$transaction(async (tx) => {
    const used = await tx.verificationChallenge.updateMany({
      where: { id: input.challengeId, usedAt: null },
      data: { usedAt: ctx.now },
    });
    if (used.count !== 1) throw new DomainError("VERIFICATION_FAILED");
    await tx.citizenCredential.upsert({
      where: { personId },
      create: { personId, passwordHash, passwordChangedAt: ctx.now },
      update: { passwordHash, passwordChangedAt: ctx.now, mustChangePassword: false },
    });
    await rememberPassword(tx, { personId }, passwordHash, ctx.now);
    await clearLoginThrottles(tx, citizenAccountKey(ctx, residentId));
    await tx.session.deleteMany({ where: { personId } });
    const session = await startSession(tx, {
      kind: "CITIZEN",
      subjectId: personId,
      stage: "FULL",
      now: ctx.now,
      clientAddress: ctx.clientAddress,
    });
    await recordAuditEvent(tx, {
      occurredAt: ctx.now,
      actorKind: "CITIZEN",
      actorId: personId,
      actorRole: "INSURED",
      // A "forgotten" password of someone who never had one is a registration by the same proof.
      action:
        input.purpose === "REGISTRATION" || !person.credential
          ? "auth.registered"
          : "auth.password-reset",
      subjectPersonId: personId,
      result: "SUCCEEDED",
      clientAddress: ctx.clientAddress,
    });
    if (input.purpose === "PASSWORD_RESET" && person.phoneSealed) {
      await ctx.messages.send(
        tx,
        {
          phone: ctx.protector.open(person.phoneSealed, "person.phone"),
          templateId: "PASSWORD_CHANGED",
          params: {},
          personId,
        },
        ctx.now,
      );
    }
    return session;
  });
  return {
    ...started,
    profile: {
      name: person.name,
      maskedResidentId: maskResidentId(residentId),
      elderMode: person.credential?.elderMode ?? false,
      stage: "FULL",
    },
  };
}
