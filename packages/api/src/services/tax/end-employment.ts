import { compareMonths } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { type EmploymentView, employmentInclude, employmentView } from "./employment-view";

/**
 * 减员: the employer stops paying for the person after `toMonth` (inclusive). Ended once; the
 * same month asked again answers the same. The condition on `to_month` makes two at once one.
 */
export async function endEmployment(
  ctx: ServiceContext<StaffActor>,
  input: { employmentId: string; toMonth: string },
): Promise<EmploymentView> {
  const employment = await ctx.prisma.employment.findUnique({
    where: { id: input.employmentId },
    include: employmentInclude,
  });
  if (!employment) throw new DomainError("NOT_FOUND");
  if (employment.toMonth?.trim() === input.toMonth) return employmentView(ctx, employment);
  if (employment.toMonth !== null) {
    throw new DomainError("TAX_RECORD_CONFLICT", { reason: "EMPLOYMENT_ENDED" });
  }
  if (compareMonths(input.toMonth, employment.fromMonth.trim()) < 0) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["toMonth"], code: "BEFORE_FROM_MONTH" }],
    });
  }
  return ctx.prisma.$transaction(async (tx) => {
    const ended = await tx.employment.updateMany({
      where: { id: employment.id, toMonth: null },
      data: { toMonth: input.toMonth },
    });
    if (ended.count !== 1) {
      throw new DomainError("TAX_RECORD_CONFLICT", { reason: "EMPLOYMENT_ENDED" });
    }
    await recordActorEvent(tx, ctx, {
      action: "employment.ended",
      subjectPersonId: employment.personId,
      detail: { employmentId: employment.id, toMonth: input.toMonth },
    });
    return employmentView(
      ctx,
      await tx.employment.findUniqueOrThrow({
        where: { id: employment.id },
        include: employmentInclude,
      }),
    );
  });
}
