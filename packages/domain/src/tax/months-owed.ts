import { addMonths } from "../months/add-months";
import { compareMonths } from "../months/compare-months";

/** A span of months a payer is registered to pay for, inclusive; `toMonth` null while it lasts. */
export interface PayingPeriod {
  fromMonth: string;
  toMonth: string | null;
}

export interface MonthsOwedInput {
  periods: readonly PayingPeriod[];
  /** Months a premium was collected for. */
  paidMonths: Iterable<string>;
  /** The last month asked about, inclusive. */
  upTo: string;
}

/**
 * The months a payer was registered to pay for — the union of its periods, up to `upTo` — that
 * have no collection, oldest first. Overlapping periods count each month once.
 */
export function monthsOwed(input: MonthsOwedInput): string[] {
  const paid = new Set(input.paidMonths);
  const owed = new Set<string>();
  for (const period of input.periods) {
    const last =
      period.toMonth === null || compareMonths(period.toMonth, input.upTo) > 0
        ? input.upTo
        : period.toMonth;
    for (
      let month = period.fromMonth;
      compareMonths(month, last) <= 0;
      month = addMonths(month, 1)
    ) {
      if (!paid.has(month)) owed.add(month);
    }
  }
  return [...owed].sort(compareMonths);
}
