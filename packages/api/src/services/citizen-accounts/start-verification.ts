import { randomUUID } from "node:crypto";
import { type VerificationPurpose, verificationPolicy } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { recordAuditEvent } from "../audit/record-audit-event";
import { consumeRateLimits } from "../security/consume-rate-limits";
import { newVerificationCode, verificationCodeHash } from "../security/verification-code";

export interface VerificationStarted {
  challengeId: string;
  expiresAt: string;
  resendAfterSeconds: number;
}

/**
 * Registration and password recovery, step one: the resident ID, name and mobile number must
 * match the insured record, and a 6-digit code goes to that phone. The answer is the same
 * whether they match or not, and whether the person has an online account or not, so the form
 * tells nobody who is insured here. Someone already registered who asks to register is sent a
 * text saying so instead of a code.
 */
export async function startVerification(
  ctx: ServiceContext<null>,
  input: { purpose: VerificationPurpose; residentId: string; name: string; phone: string },
): Promise<VerificationStarted> {
  const residentIdIndex = ctx.protector.residentIdIndex(input.residentId);
  await consumeRateLimits(
    ctx.prisma,
    [
      { bucket: "verificationPerAddress", subject: ctx.clientAddress ?? "unknown" },
      { bucket: "verificationPerPerson", subject: residentIdIndex },
      { bucket: "verificationResend", subject: `${input.purpose}:${residentIdIndex}` },
    ],
    ctx.now,
  );
  const person = await ctx.prisma.person.findUnique({
    where: { residentIdIndex },
    select: { id: true, name: true, phoneSealed: true, credential: { select: { personId: true } } },
  });
  const matches =
    person !== null &&
    person.name === input.name.trim() &&
    person.phoneSealed !== null &&
    ctx.protector.open(person.phoneSealed, "person.phone") === input.phone;
  const alreadyRegistered =
    matches && input.purpose === "REGISTRATION" && person.credential !== null;

  const challengeId = randomUUID();
  const code = newVerificationCode();
  const expiresAt = new Date(ctx.now.getTime() + verificationPolicy.validMinutes * 60_000);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.verificationChallenge.create({
      data: {
        id: challengeId,
        purpose: input.purpose,
        // A challenge nobody can pass when the details matched nobody, or the person is
        // registered already: the same row, the same answer.
        personId: matches && !alreadyRegistered ? person.id : null,
        codeHash: verificationCodeHash(ctx.protector, challengeId, code),
        expiresAt,
        createdAt: ctx.now,
      },
    });
    if (matches) {
      await ctx.messages.send(
        tx,
        alreadyRegistered
          ? {
              phone: input.phone,
              templateId: "ALREADY_REGISTERED",
              params: {},
              personId: person.id,
            }
          : {
              phone: input.phone,
              templateId: "VERIFICATION_CODE",
              params: { code, minutes: String(verificationPolicy.validMinutes) },
              personId: person.id,
            },
        ctx.now,
      );
    }
    await recordAuditEvent(tx, {
      occurredAt: ctx.now,
      actorKind: "ANONYMOUS",
      actorId: null,
      action: "auth.verification-code-sent",
      subjectPersonId: matches ? person.id : null,
      result: matches && !alreadyRegistered ? "SUCCEEDED" : "REFUSED",
      clientAddress: ctx.clientAddress,
      detail: {
        purpose: input.purpose,
        ...(matches ? {} : { reason: "DETAILS_DO_NOT_MATCH" }),
        ...(alreadyRegistered ? { reason: "ALREADY_REGISTERED" } : {}),
      },
    });
  });
  return {
    challengeId,
    expiresAt: expiresAt.toISOString(),
    resendAfterSeconds: verificationPolicy.resendSeconds,
  };
}
