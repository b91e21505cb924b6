import { addMonths, isMonth, monthRange, slaRangeSchema } from "@yibao/domain";

/** The period the dashboard shows: a month, or a custom range. */
export type DashboardPeriod =
  | { kind: "month"; month: string; from: string; to: string }
  | { kind: "custom"; from: string; to: string };

/**
 * The period in the address (`?month=2026-11`, or `?from=…&to=…`), else `thisMonth`. An address
 * with a period the API would refuse falls back to this month rather than to an error page.
 */
export function periodOf(params: URLSearchParams, thisMonth: string): DashboardPeriod {
  const from = params.get("from");
  const to = params.get("to");
  if (from && to && slaRangeSchema.safeParse({ from, to }).success) {
    return { kind: "custom", from, to };
  }
  const month = params.get("month");
  const chosen = month && isMonth(month) ? month : thisMonth;
  return { kind: "month", month: chosen, ...monthRange(chosen) };
}

/** The months a clerk picks from: this one and the eleven before it, newest first. */
export function recentMonths(thisMonth: string): string[] {
  return Array.from({ length: 12 }, (_, back) => addMonths(thisMonth, -back));
}
