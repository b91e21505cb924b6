import { monthIndexOf, monthOfIndex } from "./month-schema";

/** The month `n` months after `month` ('YYYY-MM'); n may be negative. */
export function addMonths(month: string, n: number): string {
  if (!Number.isSafeInteger(n))
    throw new RangeError(`n must be a whole number of months, got ${n}`);
  return monthOfIndex(monthIndexOf(month) + n);
}
