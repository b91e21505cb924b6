import { compareMonths } from "@yibao/domain";

export interface MonthChoiceGroup {
  year: number;
  /** 'YYYY-MM', newest first. */
  months: string[];
}

/**
 * The months a person may pick to filter their transactions: every month of the account's years
 * (newest first) up to this month, grouped by year. This month's year is always there, even
 * before the first contribution arrives.
 */
export function monthChoices(years: readonly number[], thisMonth: string): MonthChoiceGroup[] {
  const currentYear = Number(thisMonth.slice(0, 4));
  const distinct = [...new Set([currentYear, ...years])]
    .filter((year) => year <= currentYear)
    .sort((a, b) => b - a);
  return distinct.map((year) => ({
    year,
    months: Array.from(
      { length: 12 },
      (_, index) => `${year}-${String(12 - index).padStart(2, "0")}`,
    ).filter((month) => compareMonths(month, thisMonth) <= 0),
  }));
}
