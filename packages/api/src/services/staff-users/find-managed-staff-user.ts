import { managesStaffAccount } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";

/**
 * The staff account `staffUserId` if the actor manages it (三员分立: the administrator the
 * working roles, the security officer the privileged ones); FORBIDDEN otherwise, and never one's
 * own account.
 */
export async function findManagedStaffUser(ctx: ServiceContext<StaffActor>, staffUserId: string) {
  const user = await ctx.prisma.staffUser.findUnique({ where: { id: staffUserId } });
  if (!user) throw new DomainError("NOT_FOUND");
  if (user.id === ctx.actor.staffUserId || !managesStaffAccount(ctx.actor.role, user.role)) {
    throw new DomainError("FORBIDDEN");
  }
  return user;
}
