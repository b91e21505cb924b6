import { passwordExpiresAt, passwordPolicy, type SessionStage } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";

export interface StaffSessionView {
  displayName: string;
  role: StaffActor["role"];
  servicePoint: { code: string; name: string; kind: "COUNTY_CENTRE" | "SERVICE_POINT" };
  institution: { code: string; name: string; kind: "PHARMACY" | "HOSPITAL" } | null;
  idleExpiresAt: string;
  stage: SessionStage;
  /** When the password must be changed; null for the demo accounts, which are exempt. */
  passwordExpiresAt: string | null;
}

/** Who is signed in to the back office, and where they work. */
export async function getStaffSession(ctx: ServiceContext<StaffActor>): Promise<StaffSessionView> {
  const user = await ctx.prisma.staffUser.findUnique({
    where: { id: ctx.actor.staffUserId },
    select: {
      displayName: true,
      passwordChangedAt: true,
      demoAccount: true,
      servicePoint: { select: { code: true, name: true, kind: true } },
      institution: { select: { code: true, name: true, kind: true } },
    },
  });
  if (!user) throw new DomainError("NOT_FOUND");
  return {
    displayName: user.displayName,
    role: ctx.actor.role,
    servicePoint: user.servicePoint,
    institution: user.institution,
    idleExpiresAt: ctx.actor.idleExpiresAt.toISOString(),
    stage: ctx.actor.stage,
    passwordExpiresAt: user.demoAccount
      ? null
      : passwordExpiresAt(user.passwordChangedAt, passwordPolicy.staffMaxAgeDays).toISOString(),
  };
}
