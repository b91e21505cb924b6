import { compareMonths, monthOf } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { isoDate } from "./calendar-dates";
import { type EmploymentView, employmentInclude, employmentView } from "./employment-view";

/**
 * 增员: an employer pays for a person from a month. The employer's registration must be in force
 * and begin by then; the person must be known to the county; and the new period may not overlap
 * one the same employer already has for the person (a month is paid once). The employer's row is
 * locked, so two clerks adding the same person at once add them once.
 */
export async function recordEmployment(
  ctx: ServiceContext<StaffActor>,
  input: { employerId: string; residentId: string; fromMonth: string },
): Promise<EmploymentView> {
  const residentIdIndex = ctx.protector.residentIdIndex(input.residentId);
  return ctx.prisma.$transaction(async (tx) => {
    const [employer] = await tx.$queryRaw<
      Array<{ id: string; registered_on: Date | null; cancelled_on: Date | null }>
    >`SELECT id, registered_on, cancelled_on FROM employer
       WHERE id = ${input.employerId}::uuid FOR UPDATE`;
    if (!employer) throw new DomainError("NOT_FOUND");
    if (!employer.registered_on || employer.cancelled_on) {
      throw new DomainError("TAX_RECORD_CONFLICT", { reason: "NOT_REGISTERED" });
    }
    if (compareMonths(input.fromMonth, monthOf(isoDate(employer.registered_on))) < 0) {
      throw new DomainError("VALIDATION_FAILED", {
        issues: [{ path: ["fromMonth"], code: "BEFORE_REGISTRATION" }],
      });
    }
    const person = await tx.person.findUnique({ where: { residentIdIndex }, select: { id: true } });
    if (!person) throw new DomainError("NOT_FOUND");
    const overlapping = await tx.employment.findFirst({
      where: {
        employerId: employer.id,
        personId: person.id,
        OR: [{ toMonth: null }, { toMonth: { gte: input.fromMonth } }],
      },
      select: { id: true },
    });
    if (overlapping)
      throw new DomainError("TAX_RECORD_CONFLICT", { reason: "EMPLOYMENT_OVERLAPS" });
    const employment = await tx.employment.create({
      data: {
        employerId: employer.id,
        personId: person.id,
        fromMonth: input.fromMonth,
        recordedAt: ctx.now,
        recordedBy: ctx.actor.staffUserId,
      },
      include: employmentInclude,
    });
    await recordActorEvent(tx, ctx, {
      action: "employment.recorded",
      subjectPersonId: person.id,
      detail: { employmentId: employment.id, employerId: employer.id, fromMonth: input.fromMonth },
    });
    return employmentView(ctx, employment);
  });
}
