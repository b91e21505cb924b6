import { maskResidentId, sessionStageFor } from "@yibao/domain";
import type { Actor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpStepFor } from "./second-factor";

async function labelFor(ctx: ServiceContext<Actor>): Promise<string> {
  if (ctx.actor.kind === "STAFF") {
    const user = await ctx.prisma.staffUser.findUniqueOrThrow({
      where: { id: ctx.actor.staffUserId },
      select: { username: true },
    });
    return user.username;
  }
  const person = await ctx.prisma.person.findUniqueOrThrow({
    where: { id: ctx.actor.personId },
    select: { residentIdSealed: true },
  });
  return maskResidentId(ctx.protector.open(person.residentIdSealed, "person.resident-id"));
}

/**
 * Enrolment step one: a new TOTP secret, kept sealed as "pending" until a code from it proves
 * the authenticator holds it. Asking again replaces the pending secret.
 */
export async function beginSecondFactorEnrolment(
  ctx: ServiceContext<Actor>,
): Promise<{ otpauthUri: string; secret: string }> {
  const { secret, otpauthUri } = newTotpSecret(await labelFor(ctx));
  const totpPendingSealed = ctx.protector.seal(secret, "totp.secret");
  if (ctx.actor.kind === "STAFF") {
    await ctx.prisma.staffUser.update({
      where: { id: ctx.actor.staffUserId },
      data: { totpPendingSealed },
    });
  } else {
    await ctx.prisma.citizenCredential.update({
      where: { personId: ctx.actor.personId },
      data: { totpPendingSealed },
    });
  }
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
  const staff = ctx.actor.kind === "STAFF";
  const account = staff
    ? await ctx.prisma.staffUser.findUniqueOrThrow({
        where: { id: ctx.actor.kind === "STAFF" ? ctx.actor.staffUserId : "" },
        select: { totpPendingSealed: true, mustChangePassword: true, demoAccount: true },
      })
    : await ctx.prisma.citizenCredential
        .findUniqueOrThrow({
          where: { personId: ctx.actor.kind === "CITIZEN" ? ctx.actor.personId : "" },
          select: { totpPendingSealed: true, mustChangePassword: true },
        })
        .then((credential) => ({ ...credential, demoAccount: false }));
  if (!account.totpPendingSealed) throw new DomainError("VERIFICATION_FAILED");
  const secret = ctx.protector.open(account.totpPendingSealed, "totp.secret");
  const step = await totpStepFor(secret, input.code.trim(), ctx.now);
  if (step === null) throw new DomainError("VERIFICATION_FAILED");

  const recoveryCodes = newRecoveryCodes();
  const owner =
    ctx.actor.kind === "STAFF"
      ? { staffUserId: ctx.actor.staffUserId }
      : { personId: ctx.actor.personId };
  await ctx.prisma.$transaction(async (tx) => {
    const factor = {
      totpSecretSealed: account.totpPendingSealed,
      totpPendingSealed: null,
      totpLastStep: BigInt(step),
    };
    if (ctx.actor.kind === "STAFF") {
      await tx.staffUser.update({
        where: { id: ctx.actor.staffUserId },
        data: { ...factor, totpEnrolledAt: ctx.now },
      });
    } else {
      await tx.citizenCredential.update({
        where: { personId: ctx.actor.personId },
        data: { ...factor, totpEnabledAt: ctx.now },
      });
    }
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
