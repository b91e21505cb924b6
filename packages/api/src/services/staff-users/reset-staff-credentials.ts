import { hashPassword } from "@yibao/db";
import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";
import { clearLoginThrottles } from "../security/login-throttle";
import { findManagedStaffUser } from "./find-managed-staff-user";
import { temporaryPassword } from "./temporary-password";

/** A forgotten password: a new temporary one, shown once; the account's sessions and locks end. */
export async function resetStaffPassword(
  ctx: ServiceContext<StaffActor>,
  input: { staffUserId: string },
): Promise<{ temporaryPassword: string }> {
  const user = await findManagedStaffUser(ctx, input.staffUserId);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: ctx.now, mustChangePassword: true },
    });
    await tx.session.deleteMany({ where: { staffUserId: user.id } });
    await clearLoginThrottles(
      tx,
      ctx.protector.identifierKey("login:staff", user.username.toLowerCase()),
    );
    await recordActorEvent(tx, ctx, {
      action: "staff-user.password-reset",
      subjectPersonId: null,
      detail: { staffUserId: user.id },
    });
  });
  return { temporaryPassword: password };
}

/**
 * A lost authenticator: the factor and its recovery codes are removed, the sessions end, and the
 * member enrols a new one at the next sign-in. Recorded with the reason.
 */
export async function resetStaffSecondFactor(
  ctx: ServiceContext<StaffActor>,
  input: { staffUserId: string; reason: string },
): Promise<{ ok: true }> {
  const user = await findManagedStaffUser(ctx, input.staffUserId);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: {
        totpSecretSealed: null,
        totpPendingSealed: null,
        totpEnrolledAt: null,
        totpLastStep: null,
      },
    });
    await tx.recoveryCode.deleteMany({ where: { staffUserId: user.id } });
    await tx.session.deleteMany({ where: { staffUserId: user.id } });
    await recordActorEvent(tx, ctx, {
      action: "staff-user.second-factor-reset",
      subjectPersonId: null,
      reason: input.reason,
      detail: { staffUserId: user.id },
    });
  });
  return { ok: true };
}
