import type { RouterOutputs } from "../../../api-types";

/** The fund's income report as `staff.tax.fundIncome` answers it. */
export type FundIncome = RouterOutputs["staff"]["tax"]["fundIncome"];
export type FundIncomeMonth = FundIncome["months"][number];
export type FundIncomeTotals = FundIncome["total"];

/** The report's figures, in the order of its table, chart legend and export. */
export const fundIncomeFigureNames = [
  "employeeFen",
  "employerFen",
  "residentFen",
  "collectedFen",
  "creditedFen",
  "pooledFen",
  "arrearsFen",
] as const satisfies readonly (keyof FundIncomeTotals)[];

/**
 * The years whose totals the table and the export show: each year's, when the months span
 * more than one; none when they lie in one year, whose total would repeat the whole span's.
 */
export function yearTotalsOf(report: Pick<FundIncome, "years">): FundIncome["years"] {
  return report.years.length > 1 ? report.years : [];
}
