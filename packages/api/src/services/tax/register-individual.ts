import { chinaToday, type IndividualScheme } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { dbDate } from "./calendar-dates";
import {
  type IndividualPayerView,
  individualPayerInclude,
  individualPayerView,
} from "./individual-payer-view";

export interface RegisterIndividualInput {
  /** Normalised by the input schema (GB 11643-1999). */
  residentId: string;
  scheme: IndividualScheme;
  registeredOn?: string | undefined;
  idempotencyKey?: string | undefined;
}

/**
 * 个人缴费登记: a person who pays for themselves, in flexible employment or the resident scheme.
 * The person must be one the county knows (enrolled at a counter or by an employer): the tax
 * authority registers payment, not identity, and a name typed here could not be checked. One
 * registration in force at a time, whatever the scheme; a retry with the same key answers the
 * first. The person's row is locked, so two registrations at once come out as one.
 */
export async function registerIndividual(
  ctx: ServiceContext<StaffActor>,
  input: RegisterIndividualInput,
): Promise<IndividualPayerView> {
  const registeredOn = input.registeredOn ?? chinaToday(ctx.now);
  const residentIdIndex = ctx.protector.residentIdIndex(input.residentId);
  return ctx.prisma.$transaction(async (tx) => {
    const [person] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM person WHERE resident_id_index = ${residentIdIndex} FOR UPDATE`;
    if (!person) throw new DomainError("NOT_FOUND");
    const open = await tx.individualPayer.findFirst({
      where: { personId: person.id, cancelledOn: null },
      include: individualPayerInclude,
    });
    if (open) {
      const replay = input.idempotencyKey
        ? await tx.payerRegistrationEvent.findFirst({
            where: {
              personId: person.id,
              kind: "REGISTERED",
              detail: { path: ["idempotencyKey"], equals: input.idempotencyKey },
            },
            select: { id: true },
          })
        : null;
      if (!replay) throw new DomainError("PAYER_ALREADY_REGISTERED", { payerId: open.id });
      return individualPayerView(ctx, open);
    }
    const created = await tx.individualPayer.create({
      data: {
        personId: person.id,
        scheme: input.scheme,
        registeredOn: dbDate(registeredOn),
        recordedAt: ctx.now,
      },
      include: individualPayerInclude,
    });
    await tx.payerRegistrationEvent.create({
      data: {
        personId: person.id,
        kind: "REGISTERED",
        effectiveOn: dbDate(registeredOn),
        recordedAt: ctx.now,
        recordedBy: ctx.actor.staffUserId,
        detail: {
          individualPayerId: created.id,
          scheme: input.scheme,
          ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
        },
      },
    });
    await recordActorEvent(tx, ctx, {
      action: "payer.registered",
      subjectPersonId: person.id,
      detail: { individualPayerId: created.id, scheme: input.scheme, registeredOn },
    });
    return individualPayerView(ctx, created);
  });
}
