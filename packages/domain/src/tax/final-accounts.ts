import { divideRounded } from "../money/divide-rounded";
import type { FundIncomeMonth, FundIncomeTotals } from "./fund-income-figures";
import { sumFundIncome } from "./fund-income-figures";

export interface FinalAccounts {
  year: number;
  months: FundIncomeMonth[];
  totals: FundIncomeTotals;
  previousYearTotals: FundIncomeTotals;
  /** Each total against the year before, in basis points; null where the year before had none. */
  changeBasisPoints: Record<keyof FundIncomeTotals, number | null>;
  /** Shares of what was collected, in basis points (employee, employer, resident; pooled fund). */
  sharesBasisPoints: {
    employee: number | null;
    employer: number | null;
    resident: number | null;
    pooled: number | null;
  };
}

function basisPoints(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Number(divideRounded(BigInt(part) * 10_000n, BigInt(whole)));
}

/**
 * The final accounts (决算) of the fund's income for a closed year (DOMAIN.md, "Legal basis"):
 * the year's months and totals, each total against the year before, and how what was collected
 * divides between the parts and the pooled fund. The caller says the year is closed.
 */
export function finalAccounts(
  year: number,
  months: readonly FundIncomeMonth[],
  previousYearMonths: readonly FundIncomeMonth[],
): FinalAccounts {
  const totals = sumFundIncome(months);
  const previousYearTotals = sumFundIncome(previousYearMonths);
  const keys = Object.keys(totals) as Array<keyof FundIncomeTotals>;
  const changeBasisPoints = Object.fromEntries(
    keys.map((key) => [
      key,
      basisPoints(totals[key] - previousYearTotals[key], previousYearTotals[key]),
    ]),
  ) as Record<keyof FundIncomeTotals, number | null>;
  return {
    year,
    months: [...months],
    totals,
    previousYearTotals,
    changeBasisPoints,
    sharesBasisPoints: {
      employee: basisPoints(totals.employeeFen, totals.collectedFen),
      employer: basisPoints(totals.employerFen, totals.collectedFen),
      resident: basisPoints(totals.residentFen, totals.collectedFen),
      pooled: basisPoints(totals.pooledFen, totals.collectedFen),
    },
  };
}
