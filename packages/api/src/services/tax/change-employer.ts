import { chinaToday } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { dbDate } from "./calendar-dates";
import { type EmployerView, employerView } from "./employer-view";

export interface ChangeEmployerInput {
  employerId: string;
  name?: string | undefined;
  address?: string | undefined;
  effectiveOn?: string | undefined;
  idempotencyKey?: string | undefined;
}

/**
 * 变更登记: a registered employer's name or address changes from a day. The event keeps what it
 * was and what it became; the employer row holds the current values. Only a registration in force
 * changes; a retry with the same key changes nothing twice.
 */
export async function changeEmployer(
  ctx: ServiceContext<StaffActor>,
  input: ChangeEmployerInput,
): Promise<EmployerView> {
  const effectiveOn = input.effectiveOn ?? chinaToday(ctx.now);
  return ctx.prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM employer WHERE id = ${input.employerId}::uuid FOR UPDATE`;
    if (!locked) throw new DomainError("NOT_FOUND");
    const employer = await tx.employer.findUniqueOrThrow({ where: { id: locked.id } });
    if (input.idempotencyKey) {
      const replay = await tx.payerRegistrationEvent.findFirst({
        where: {
          employerId: employer.id,
          kind: "CHANGED",
          detail: { path: ["idempotencyKey"], equals: input.idempotencyKey },
        },
        select: { id: true },
      });
      if (replay) return employerView(employer);
    }
    if (!employer.registeredOn || employer.cancelledOn) {
      throw new DomainError("TAX_RECORD_CONFLICT", { reason: "NOT_REGISTERED" });
    }
    const changes: Record<string, { from: string; to: string }> = {};
    if (input.name !== undefined && input.name !== employer.name) {
      changes.name = { from: employer.name, to: input.name };
    }
    if (input.address !== undefined && input.address !== employer.address) {
      changes.address = { from: employer.address, to: input.address };
    }
    if (Object.keys(changes).length === 0) {
      throw new DomainError("VALIDATION_FAILED", {
        issues: [{ path: ["name"], code: "NOTHING_CHANGED" }],
      });
    }
    const changed = await tx.employer.update({
      where: { id: employer.id },
      data: { name: input.name ?? employer.name, address: input.address ?? employer.address },
    });
    await tx.payerRegistrationEvent.create({
      data: {
        employerId: employer.id,
        kind: "CHANGED",
        effectiveOn: dbDate(effectiveOn),
        recordedAt: ctx.now,
        recordedBy: ctx.actor.staffUserId,
        detail: {
          changes,
          ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
        },
      },
    });
    await recordActorEvent(tx, ctx, {
      action: "payer.changed",
      subjectPersonId: null,
      detail: { employerId: employer.id, fields: Object.keys(changes).join(","), effectiveOn },
    });
    return employerView(changed);
  });
}
