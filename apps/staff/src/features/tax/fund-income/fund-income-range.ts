import { addMonths, compareMonths, isMonth } from "@yibao/domain";

/** The most months one report covers, as the API allows (three years). */
export const fundIncomeMaxMonths = 36;

export type RangeProblem = "EMPTY" | "RANGE_REVERSED" | "RANGE_TOO_LONG";

/** Why a range of months would be refused by `staff.tax.fundIncome`, or null. */
export function fundIncomeRangeProblem(from: string, to: string): RangeProblem | null {
  if (!isMonth(from) || !isMonth(to)) return "EMPTY";
  if (compareMonths(from, to) > 0) return "RANGE_REVERSED";
  if (compareMonths(to, addMonths(from, fundIncomeMaxMonths - 1)) > 0) return "RANGE_TOO_LONG";
  return null;
}

/**
 * The months in the address (`?from=2025-06&to=2026-05`), else the twelve months up to this one:
 * an address the API would refuse falls back to them rather than to an error.
 */
export function fundIncomeRangeOf(
  params: URLSearchParams,
  thisMonth: string,
): { from: string; to: string } {
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  if (fundIncomeRangeProblem(from, to) === null) return { from, to };
  return { from: addMonths(thisMonth, -11), to: thisMonth };
}
