import { verifyPassword } from "@yibao/db";
import type { CitizenActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { consumeRateLimits } from "./consume-rate-limits";
import { totpStepFor } from "./second-factor";

/** A citizen turns the authenticator off again, proving both the password and a current code. */
export async function disableSecondFactor(
  ctx: ServiceContext<CitizenActor>,
  input: { password: string; code: string },
): Promise<{ ok: true }> {
  const credential = await ctx.prisma.citizenCredential.findUniqueOrThrow({
    where: { personId: ctx.actor.personId },
    select: { passwordHash: true, totpSecretSealed: true },
  });
  const secret = credential.totpSecretSealed
    ? ctx.protector.open(credential.totpSecretSealed, "totp.secret")
    : null;
  const passwordOk = await verifyPassword(credential.passwordHash, input.password);
  // Turning off what is off only needs the password.
  const codeOk =
    secret === null || (await totpStepFor(secret, input.code.trim(), ctx.now)) !== null;
  if (!passwordOk || !codeOk) {
    await consumeRateLimits(
      ctx.prisma,
      [{ bucket: "passwordCheckPerActor", subject: ctx.actor.sessionId }],
      ctx.now,
    );
    throw new DomainError(passwordOk ? "VERIFICATION_FAILED" : "CURRENT_PASSWORD_WRONG");
  }
  await ctx.prisma.$transaction(async (tx) => {
    await tx.citizenCredential.update({
      where: { personId: ctx.actor.personId },
      data: { totpSecretSealed: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { personId: ctx.actor.personId } });
    await recordActorEvent(tx, ctx, {
      action: "auth.second-factor-disabled",
      subjectPersonId: ctx.actor.personId,
      detail: { wasEnabled: secret !== null },
    });
  });
  return { ok: true };
}
