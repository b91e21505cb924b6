import { chinaToday, monthOf } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { dbDate, isoDate } from "./calendar-dates";
import { type EmployerView, employerView } from "./employer-view";

/**
 * 注销登记: an employer's registration ends on a day. Its month is still owed (a payer that closes
 * mid-month pays that month), and every employment still open ends with it (减员), so no month
 * after it is counted as arrears. Cancelled once; the same day asked again answers the same.
 */
export async function cancelEmployer(
  ctx: ServiceContext<StaffActor>,
  input: { employerId: string; effectiveOn?: string | undefined },
): Promise<EmployerView> {
  const effectiveOn = input.effectiveOn ?? chinaToday(ctx.now);
  return ctx.prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM employer WHERE id = ${input.employerId}::uuid FOR UPDATE`;
    if (!locked) throw new DomainError("NOT_FOUND");
    const employer = await tx.employer.findUniqueOrThrow({ where: { id: locked.id } });
    if (employer.cancelledOn && isoDate(employer.cancelledOn) === effectiveOn) {
      return employerView(employer);
    }
    if (!employer.registeredOn || employer.cancelledOn) {
      throw new DomainError("TAX_RECORD_CONFLICT", { reason: "NOT_REGISTERED" });
    }
    if (effectiveOn < isoDate(employer.registeredOn)) {
      throw new DomainError("VALIDATION_FAILED", {
        issues: [{ path: ["effectiveOn"], code: "BEFORE_REGISTRATION" }],
      });
    }
    const lastMonth = monthOf(effectiveOn);
    const ended = await tx.employment.updateMany({
      where: { employerId: employer.id, toMonth: null, fromMonth: { lte: lastMonth } },
      data: { toMonth: lastMonth },
    });
    const cancelled = await tx.employer.update({
      where: { id: employer.id },
      data: { cancelledOn: dbDate(effectiveOn) },
    });
    await tx.payerRegistrationEvent.create({
      data: {
        employerId: employer.id,
        kind: "CANCELLED",
        effectiveOn: dbDate(effectiveOn),
        recordedAt: ctx.now,
        recordedBy: ctx.actor.staffUserId,
        detail: { employmentsEnded: ended.count },
      },
    });
    await recordActorEvent(tx, ctx, {
      action: "payer.cancelled",
      subjectPersonId: null,
      detail: { employerId: employer.id, effectiveOn, employmentsEnded: ended.count },
    });
    return employerView(cancelled);
  });
}
