import { z } from "zod";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A calendar month, 'YYYY-MM' — the unit contributions are paid and accounts sealed in. */
export const monthSchema = z.string().regex(MONTH, "MONTH_FORMAT");

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** Months since 0000-01, for arithmetic; throws a RangeError naming `label` on a malformed month. */
export function monthIndexOf(month: string, label = "month"): number {
  if (!MONTH.test(month)) throw new RangeError(`${label} must be written YYYY-MM, got "${month}"`);
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthOfIndex(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0 || index > 9999 * 12 + 11) {
    throw new RangeError("The month falls outside years 0000–9999");
  }
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}
