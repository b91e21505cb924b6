import { daysInMonth } from "../calendar/iso-date";

/**
 * A day of the year written as a number MMDD (901 = 1 September, 1231 = 31 December), the way a
 * county parameter holds a recurring date. 29 February is refused: a yearly period must exist
 * every year.
 */
export function isMonthDay(value: number): boolean {
  if (!Number.isInteger(value)) return false;
  const month = Math.floor(value / 100);
  const day = value % 100;
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? 28 : daysInMonth(2001, month))
  );
}

/** The date ('YYYY-MM-DD') of a month-day in `year`. */
export function dateOfMonthDay(year: number, monthDay: number): string {
  if (!isMonthDay(monthDay)) throw new RangeError(`not a month and day: ${monthDay}`);
  const month = Math.floor(monthDay / 100);
  const day = monthDay % 100;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
