import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";

export interface StaffSessionView {
  displayName: string;
  role: StaffActor["role"];
  servicePoint: { code: string; name: string; kind: "COUNTY_CENTRE" | "SERVICE_POINT" };
  idleExpiresAt: string;
}

/** Who is signed in to the back office, and where they work. */
export async function getStaffSession(ctx: ServiceContext<StaffActor>): Promise<StaffSessionView> {
  const user = await ctx.prisma.staffUser.findUnique({
    where: { id: ctx.actor.staffUserId },
    select: { displayName: true, servicePoint: { select: { code: true, name: true, kind: true } } },
  });
  if (!user) throw new DomainError("NOT_FOUND");
  return {
    displayName: user.displayName,
    role: ctx.actor.role,
    servicePoint: user.servicePoint,
    idleExpiresAt: ctx.actor.idleExpiresAt.toISOString(),
  };
}
