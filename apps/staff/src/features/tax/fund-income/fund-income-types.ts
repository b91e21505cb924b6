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
