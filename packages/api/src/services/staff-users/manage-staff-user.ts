import type { StaffRole } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { clearLoginThrottles } from "../security/login-throttle";
import { findManagedStaffUser } from "./find-managed-staff-user";

/** Deactivating ends the member's sessions at once; a deactivated account signs in as unknown. */
export async function setStaffUserActive(
  ctx: ServiceContext<StaffActor>,
  input: { staffUserId: string; active: boolean },
): Promise<{ ok: true }> {
  const user = await findManagedStaffUser(ctx, input.staffUserId);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: user.id }, data: { active: input.active } });
    if (!input.active) await tx.session.deleteMany({ where: { staffUserId: user.id } });
    await recordActorEvent(tx, ctx, {
      action: input.active ? "staff-user.activated" : "staff-user.deactivated",
      subjectPersonId: null,
      detail: { staffUserId: user.id },
    });
  });
  return { ok: true };
}

/**
 * The security officer grants a role (the only way to a privileged one); the member's sessions
 * end so that the new role takes effect at the next sign-in. Never one's own role.
 */
export async function grantStaffRole(
  ctx: ServiceContext<StaffActor>,
  input: { staffUserId: string; role: StaffRole },
): Promise<{ ok: true }> {
  const user = await ctx.prisma.staffUser.findUnique({ where: { id: input.staffUserId } });
  if (!user) throw new DomainError("NOT_FOUND");
  if (user.id === ctx.actor.staffUserId) throw new DomainError("FORBIDDEN");
  await ctx.prisma.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: user.id }, data: { role: input.role } });
    await tx.session.deleteMany({ where: { staffUserId: user.id } });
    await recordActorEvent(tx, ctx, {
      action: "staff-user.role-granted",
      subjectPersonId: null,
      detail: { staffUserId: user.id, from: user.role, to: input.role },
    });
  });
  return { ok: true };
}

/** The security officer lifts a staff account's sign-in locks, from every address. */
export async function unlockStaffUser(
  ctx: ServiceContext<StaffActor>,
  input: { staffUserId: string },
): Promise<{ unlocked: boolean }> {
  const user = await ctx.prisma.staffUser.findUnique({ where: { id: input.staffUserId } });
  if (!user) throw new DomainError("NOT_FOUND");
  return ctx.prisma.$transaction(async (tx) => {
    const cleared = await clearLoginThrottles(
      tx,
      ctx.protector.identifierKey("login:staff", user.username.toLowerCase()),
    );
    await recordActorEvent(tx, ctx, {
      action: "staff-user.unlocked",
      subjectPersonId: null,
      detail: { staffUserId: user.id, locksLifted: cleared },
    });
    return { unlocked: cleared > 0 };
  });
}
