import { assertIsoDate } from "../calendar/iso-date";

/** The month ('YYYY-MM') a date ('YYYY-MM-DD') falls in. */
export function monthOf(date: string): string {
  assertIsoDate(date, "date");
  return date.slice(0, 7);
}
