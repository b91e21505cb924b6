import { sessionStageFor } from "@yibao/domain";
import { ownerOfActor } from "../../access/account-owner";
import type { Actor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { readOwnCredential, updateOwnCredential } from "./own-credential";
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpStepFor } from "./second-factor";

/**
 * Enrolment step one: a new TOTP secret, kept sealed as "pending" until a code from it proves
 * the authenticator holds it. Asking again replaces the pending secret.
 */
export async function beginSecondFactorEnrolment(
  ctx: ServiceContext<Actor>,
): Promise<{ otpauthUri: string; secret: string }> {
  const { label } = await readOwnCredential(ctx);
  const { secret, otpauthUri } = newTotpSecret(label);
  const totpPendingSealed = ctx.protector.seal(secret, "totp.secret");
  await updateOwnCredential(ctx.prisma, ctx.actor, { totpPendingSealed });
  return { otpauthUri, secret };
}

/**
 * Enrolment step two: a code from the pending secret makes it the account's factor, with ten
 * new recovery codes (shown once, kept as keyed hashes). A session that was waiting for the
 * enrolment moves on to the password change if one is due, else opens fully.
 */
export async function confirmSecondFactorEnrolment(
  ctx: ServiceContext<Actor>,
  input: { code: string },
): Promise<{ recoveryCodes: string[] }> {
  const account = await readOwnCredential(ctx);
  if (!account.totpPendingSealed) throw new DomainError("VERIFICATION_FAILED");
  const secret = ctx.protector.open(account.totpPendingSealed, "totp.secret");
  const step = await totpStepFor(secret, input.code.trim(), ctx.now);
  if (step === null) throw new DomainError("VERIFICATION_FAILED");

  const recoveryCodes = newRecoveryCodes();
  const owner = ownerOfActor(ctx.actor);
  await ctx.prisma.$transaction(async (tx) => {
    await updateOwnCredential(tx, ctx.actor, {
      totpSecretSealed: account.totpPendingSealed,
      totpPendingSealed: null,
      totpLastStep: BigInt(step),
      totpEnabledAt: ctx.now,
    });
    await tx.recoveryCode.deleteMany({ where: owner });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((code) => ({
        ...owner,
        codeHash: recoveryCodeHash(ctx.protector, code),
        createdAt: ctx.now,
      })),
    });
    if (ctx.actor.stage === "SECOND_FACTOR_ENROLMENT") {
      await tx.session.update({
        where: { id: ctx.actor.sessionId },
        data: {
          stage: sessionStageFor({
            needsSecondFactorEnrolment: false,
            mustChangePassword: account.mustChangePassword && !account.demoAccount,
          }),
        },
      });
    }
    await recordActorEvent(tx, ctx, {
      action: "auth.second-factor-enrolled",
      subjectPersonId: ctx.actor.kind === "CITIZEN" ? ctx.actor.personId : null,
    });
  });
  return { recoveryCodes };
}
