import { verifyPassword } from "@yibao/db";
import { ownerOfActor } from "../../access/account-owner";
import type { CitizenActor, EmployerActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { consumeRateLimits } from "./consume-rate-limits";
import { readOwnCredential, updateOwnCredential } from "./own-credential";
import { totpStepFor } from "./second-factor";

/**
 * An insured person or an employer's agent — whose second factor is their choice, unlike
 * staff's — turns the authenticator off again, proving both the password and a current code.
 */
export async function disableSecondFactor(
  ctx: ServiceContext<CitizenActor | EmployerActor>,
  input: { password: string; code: string },
): Promise<{ ok: true }> {
  const credential = await readOwnCredential(ctx);
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
    await updateOwnCredential(tx, ctx.actor, {
      totpSecretSealed: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    await tx.recoveryCode.deleteMany({ where: ownerOfActor(ctx.actor) });
    await recordActorEvent(tx, ctx, {
      action: "auth.second-factor-disabled",
      subjectPersonId: ctx.actor.kind === "CITIZEN" ? ctx.actor.personId : null,
      detail: { wasEnabled: secret !== null },
    });
  });
  return { ok: true };
}
