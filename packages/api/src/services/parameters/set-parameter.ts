import { loadParameterRecords } from "@yibao/db";
import {
  type CountyParameterKey,
  chinaToday,
  countyParameterTable,
  parametersOn,
} from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import type { ParameterValue } from "./list-parameters";

export interface ParameterChange {
  key: CountyParameterKey;
  value: ParameterValue;
  /** 'YYYY-MM-DD', China's date: today or later. */
  effectiveFrom: string;
  reason: string;
}

/** A recorded JSON value as an audit fact: only numbers and switches are kept. */
const scalarOf = (value: unknown): ParameterValue | null =>
  typeof value === "number" || typeof value === "boolean" ? value : null;

const refuse = (field: keyof ParameterChange, code: string) =>
  new DomainError("VALIDATION_FAILED", { issues: [{ path: [field], code }] });

/**
 * An administrator records a parameter's new value from a day on, with the reason (audited as
 * `parameter.set`). History is never edited: the day must be today or later, and a value already
 * in force on that day cannot be replaced; a value scheduled for a later day that has not taken
 * effect may be, and the audit entry keeps what it was. Applications keep the terms in force on
 * the day they were submitted (on their row), so none already filed changes.
 */
export async function setParameter(
  ctx: ServiceContext<StaffActor>,
  change: ParameterChange,
): Promise<{ key: CountyParameterKey; value: ParameterValue; effectiveFrom: string }> {
  const today = chinaToday(ctx.now);
  if (change.effectiveFrom < today) throw refuse("effectiveFrom", "BEFORE_TODAY");
  const parsed = countyParameterTable[change.key].schema.safeParse(change.value);
  if (!parsed.success) throw refuse("value", "OUT_OF_RANGE");
  const value = parsed.data as ParameterValue;
  const effectiveFrom = new Date(`${change.effectiveFrom}T00:00:00Z`);

  await ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.countyParameter.findUnique({
      where: { key_effectiveFrom: { key: change.key, effectiveFrom } },
    });
    if (existing && change.effectiveFrom <= today)
      throw refuse("effectiveFrom", "ALREADY_IN_FORCE");
    const records = [
      ...(await loadParameterRecords(tx)).filter(
        (record) => !(record.key === change.key && record.effectiveFrom === change.effectiveFrom),
      ),
      { key: change.key, value, effectiveFrom: change.effectiveFrom },
    ];
    // A photo must be able to pass: on the day and on every later day a value changes.
    const days = records
      .map((record) => record.effectiveFrom)
      .filter((day) => day >= change.effectiveFrom);
    if (
      days.some((day) => {
        const terms = parametersOn(records, day);
        return terms.PHOTO_MIN_BYTES >= terms.PHOTO_MAX_BYTES;
      })
    ) {
      throw refuse("value", "PHOTO_MIN_NOT_BELOW_MAX");
    }
    const recorded = {
      value,
      recordedAt: ctx.now,
      recordedById: ctx.actor.staffUserId,
      reason: change.reason,
    };
    if (existing) {
      await tx.countyParameter.update({ where: { id: existing.id }, data: recorded });
    } else {
      await tx.countyParameter.create({ data: { key: change.key, effectiveFrom, ...recorded } });
    }
    await recordActorEvent(tx, ctx, {
      action: "parameter.set",
      subjectPersonId: null,
      reason: change.reason,
      detail: {
        key: change.key,
        value,
        effectiveFrom: change.effectiveFrom,
        replacedScheduledValue: scalarOf(existing?.value),
      },
    });
  });
  return { key: change.key, value, effectiveFrom: change.effectiveFrom };
}
