import { z } from "zod";

const count = z.number().int().min(0);

/**
 * One service point's figures for a period (`slaFigures` says how each is counted); the wire
 * shape of `staff.dashboard.sla` and the dashboard's table and export.
 */
export const slaRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  submitted: count,
  readyOnTime: count,
  readyLate: count,
  overdueNow: count,
  dueToday: count,
  medianWorkingDays: count.nullable(),
  p90WorkingDays: count.nullable(),
});

export type SlaRow = z.infer<typeof slaRowSchema>;

/** The figures' names in the table's order, for the table, the chart and the export. */
export const slaFigureNames = [
  "submitted",
  "readyOnTime",
  "readyLate",
  "overdueNow",
  "dueToday",
  "medianWorkingDays",
  "p90WorkingDays",
] as const satisfies readonly (keyof SlaRow)[];
export type SlaFigureName = (typeof slaFigureNames)[number];
