import { addMonths } from "../months/add-months";
import { compareMonths } from "../months/compare-months";

/** One month's income of the fund, in fen (issue: the tax authority, "fund's income report"). */
export interface FundIncomeMonth {
  month: string;
  /** Employee-scheme premiums: the employee's part (flexible employment: all of it) … */
  employeeFen: number;
  /** … and the employer's part. */
  employerFen: number;
  /** Resident-scheme payments received in the month (no personal account). */
  residentFen: number;
  /** The three together. */
  collectedFen: number;
  /** What of it was credited to personal accounts (the ledger's contribution credits). */
  creditedFen: number;
  /** The rest, to the pooled fund (统筹基金). */
  pooledFen: number;
  /** Assessed premiums of the month still not collected (欠费). */
  arrearsFen: number;
}

export type FundIncomeTotals = Omit<FundIncomeMonth, "month">;

export interface FundIncomeSources {
  from: string;
  to: string;
  /** Per month: premiums by part, resident payments, credits and arrears; months absent are 0. */
  premiums: ReadonlyArray<{ month: string; employeeFen: number; employerFen: number }>;
  resident: ReadonlyArray<{ month: string; fen: number }>;
  credited: ReadonlyArray<{ month: string; fen: number }>;
  arrears: ReadonlyArray<{ month: string; fen: number }>;
}

const zero: FundIncomeTotals = {
  employeeFen: 0,
  employerFen: 0,
  residentFen: 0,
  collectedFen: 0,
  creditedFen: 0,
  pooledFen: 0,
  arrearsFen: 0,
};

function add(a: FundIncomeTotals, b: FundIncomeTotals): FundIncomeTotals {
  return {
    employeeFen: a.employeeFen + b.employeeFen,
    employerFen: a.employerFen + b.employerFen,
    residentFen: a.residentFen + b.residentFen,
    collectedFen: a.collectedFen + b.collectedFen,
    creditedFen: a.creditedFen + b.creditedFen,
    pooledFen: a.pooledFen + b.pooledFen,
    arrearsFen: a.arrearsFen + b.arrearsFen,
  };
}

/** Sums of fund income months: the totals of a year or of a report. */
export function sumFundIncome(months: readonly FundIncomeTotals[]): FundIncomeTotals {
  return months.reduce<FundIncomeTotals>((total, month) => add(total, month), zero);
}

/**
 * The fund's income month by month from `from` to `to` (every month, 0 where nothing happened),
 * with the totals of each calendar year and of the whole span. The pooled fund's share is what
 * was collected and not credited to a personal account (DOMAIN.md: the employer's part goes to
 * the pooled fund; the resident scheme has no personal account).
 */
export function fundIncomeFigures(sources: FundIncomeSources): {
  months: FundIncomeMonth[];
  years: Array<FundIncomeTotals & { year: number }>;
  total: FundIncomeTotals;
} {
  const byMonth = <T extends { month: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.month, [...(map.get(row.month) ?? []), row]);
    return map;
  };
  const premiums = byMonth(sources.premiums);
  const resident = byMonth(sources.resident);
  const credited = byMonth(sources.credited);
  const arrears = byMonth(sources.arrears);
  const sum = <T>(rows: readonly T[] | undefined, of: (row: T) => number) =>
    (rows ?? []).reduce((total, row) => total + of(row), 0);

  const months: FundIncomeMonth[] = [];
  for (
    let month = sources.from;
    compareMonths(month, sources.to) <= 0;
    month = addMonths(month, 1)
  ) {
    const employeeFen = sum(premiums.get(month), (row) => row.employeeFen);
    const employerFen = sum(premiums.get(month), (row) => row.employerFen);
    const residentFen = sum(resident.get(month), (row) => row.fen);
    const collectedFen = employeeFen + employerFen + residentFen;
    const creditedFen = sum(credited.get(month), (row) => row.fen);
    months.push({
      month,
      employeeFen,
      employerFen,
      residentFen,
      collectedFen,
      creditedFen,
      pooledFen: collectedFen - creditedFen,
      arrearsFen: sum(arrears.get(month), (row) => row.fen),
    });
  }
  const yearsSeen = [...new Set(months.map((row) => Number(row.month.slice(0, 4))))];
  const years = yearsSeen.map((year) => ({
    year,
    ...sumFundIncome(months.filter((row) => Number(row.month.slice(0, 4)) === year)),
  }));
  return { months, years, total: sumFundIncome(months) };
}
