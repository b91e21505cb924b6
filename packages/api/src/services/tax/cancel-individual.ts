import { chinaToday } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { dbDate, isoDate } from "./calendar-dates";
import {
  type IndividualPayerView,
  individualPayerInclude,
  individualPayerView,
} from "./individual-payer-view";

/** 注销登记 of an individual payer from a day; its month is still owed. Once. */
export async function cancelIndividual(
  ctx: ServiceContext<StaffActor>,
  input: { individualPayerId: string; effectiveOn?: string | undefined },
): Promise<IndividualPayerView> {
  const effectiveOn = input.effectiveOn ?? chinaToday(ctx.now);
  return ctx.prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM individual_payer WHERE id = ${input.individualPayerId}::uuid FOR UPDATE`;
    if (!locked) throw new DomainError("NOT_FOUND");
    const payer = await tx.individualPayer.findUniqueOrThrow({
      where: { id: locked.id },
      include: individualPayerInclude,
    });
    if (payer.cancelledOn) {
      if (isoDate(payer.cancelledOn) === effectiveOn) return individualPayerView(ctx, payer);
      throw new DomainError("TAX_RECORD_CONFLICT", { reason: "NOT_REGISTERED" });
    }
    if (effectiveOn < isoDate(payer.registeredOn)) {
      throw new DomainError("VALIDATION_FAILED", {
        issues: [{ path: ["effectiveOn"], code: "BEFORE_REGISTRATION" }],
      });
    }
    const cancelled = await tx.individualPayer.update({
      where: { id: payer.id },
      data: { cancelledOn: dbDate(effectiveOn) },
      include: individualPayerInclude,
    });
    await tx.payerRegistrationEvent.create({
      data: {
        personId: payer.personId,
        kind: "CANCELLED",
        effectiveOn: dbDate(effectiveOn),
        recordedAt: ctx.now,
        recordedBy: ctx.actor.staffUserId,
        detail: { individualPayerId: payer.id },
      },
    });
    await recordActorEvent(tx, ctx, {
      action: "payer.cancelled",
      subjectPersonId: payer.personId,
      detail: { individualPayerId: payer.id, effectiveOn },
    });
    return individualPayerView(ctx, cancelled);
  });
}
