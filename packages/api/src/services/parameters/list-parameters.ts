import {
  type CountyParameterKey,
  chinaToday,
  countyParameterKeys,
  countyParameterTable,
} from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";

export type ParameterValue = number | boolean;

/** One recorded value: past, in force today, or scheduled for a later day. */
export interface ParameterRecordView {
  value: ParameterValue;
  effectiveFrom: string;
  state: "PAST" | "IN_FORCE" | "SCHEDULED";
  recordedAt: string;
  /** Who recorded it (a display name), or null for the seed's or the migration's rows. */
  recordedBy: string | null;
  reason: string | null;
}

export interface ParameterView {
  key: CountyParameterKey;
  unit: (typeof countyParameterTable)[CountyParameterKey]["unit"];
  /** The value in force today: the latest record on or before today, or the default. */
  value: ParameterValue;
  /** Since when it is in force; null while the default applies (nothing recorded yet). */
  effectiveFrom: string | null;
  /** The next value recorded for a later day, if any. */
  scheduled: { value: ParameterValue; effectiveFrom: string } | null;
  /** Every record, the latest effective date first. Records are never edited once in force. */
  history: ParameterRecordView[];
}

/** Every county parameter: its value today, its scheduled change and its history. */
export async function listParameters(
  ctx: ServiceContext<StaffActor>,
): Promise<{ today: string; parameters: ParameterView[] }> {
  const today = chinaToday(ctx.now);
  const rows = await ctx.prisma.countyParameter.findMany({
    orderBy: [{ effectiveFrom: "desc" }],
  });
  const recorderIds = [...new Set(rows.flatMap((row) => row.recordedById ?? []))];
  const recorders = new Map(
    (
      await ctx.prisma.staffUser.findMany({
        where: { id: { in: recorderIds } },
        select: { id: true, displayName: true },
      })
    ).map((user) => [user.id, user.displayName]),
  );

  const parameters = countyParameterKeys.map((key): ParameterView => {
    const { schema, unit, default: fallback } = countyParameterTable[key];
    // A stored value the schema refuses (a bound tightened since) is not shown, as it is not used.
    const records = rows.flatMap((row) => {
      const parsed = schema.safeParse(row.value);
      if (row.key !== key || !parsed.success) return [];
      return [
        {
          row,
          value: parsed.data as ParameterValue,
          from: row.effectiveFrom.toISOString().slice(0, 10),
        },
      ];
    });
    const inForce = records.find((record) => record.from <= today);
    const scheduled = records.filter((record) => record.from > today).at(-1);
    return {
      key,
      unit,
      value: inForce?.value ?? (fallback as ParameterValue),
      effectiveFrom: inForce?.from ?? null,
      scheduled: scheduled ? { value: scheduled.value, effectiveFrom: scheduled.from } : null,
      history: records.map((record) => ({
        value: record.value,
        effectiveFrom: record.from,
        state: record.from > today ? "SCHEDULED" : record === inForce ? "IN_FORCE" : "PAST",
        recordedAt: record.row.recordedAt.toISOString(),
        recordedBy: record.row.recordedById
          ? (recorders.get(record.row.recordedById) ?? null)
          : null,
        reason: record.row.reason,
      })),
    };
  });
  return { today, parameters };
}
