import { assertIsoDate } from "./iso-date";

/** The State Council usually publishes next year's notice in late autumn; from then on we ask. */
const reminderFromMonth = 11;

/**
 * The year whose holiday notice administrators must enter now, or null: from 1 November on, next
 * year while it is missing; and at any time the year `today` is in, should it be missing (its due
 * dates are then all provisional). `today` is China's date, 'YYYY-MM-DD'.
 */
export function calendarReminderDue(today: string, coveredYears: readonly number[]): number | null {
  const { year, month } = assertIsoDate(today, "today");
  if (!coveredYears.includes(year)) return year;
  if (month >= reminderFromMonth && !coveredYears.includes(year + 1)) return year + 1;
  return null;
}
