import { hashPassword } from "@yibao/db";
import { isPrivilegedStaffRole, type StaffRole } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { temporaryPassword } from "./temporary-password";

/**
 * The administrator opens a staff account with a temporary password, shown once; the new
 * member changes it and enrols a second factor at first sign-in. Privileged roles are granted
 * only by the security officer.
 */
export async function createStaffUser(
  ctx: ServiceContext<StaffActor>,
  input: { username: string; displayName: string; role: StaffRole; servicePointCode: string },
): Promise<{ id: string; temporaryPassword: string }> {
  if (isPrivilegedStaffRole(input.role)) throw new DomainError("FORBIDDEN");
  const servicePoint = await ctx.prisma.servicePoint.findUnique({
    where: { code: input.servicePointCode },
  });
  if (!servicePoint) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["servicePointCode"], code: "UNKNOWN_SERVICE_POINT" }],
    });
  }
  const taken = await ctx.prisma.staffUser.findUnique({ where: { username: input.username } });
  if (taken) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["username"], code: "USERNAME_TAKEN" }],
    });
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const user = await ctx.prisma.$transaction(async (tx) => {
    const created = await tx.staffUser.create({
      data: {
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        servicePointId: servicePoint.id,
        passwordHash,
        passwordChangedAt: ctx.now,
        mustChangePassword: true,
      },
    });
    await recordActorEvent(tx, ctx, {
      action: "staff-user.created",
      subjectPersonId: null,
      detail: { staffUserId: created.id, role: input.role, servicePoint: input.servicePointCode },
    });
    return created;
  });
  return { id: user.id, temporaryPassword: password };
}
