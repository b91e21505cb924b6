import { dayOfWeek, epochDayOf, isoDateOfEpochDay } from "./epoch-day";
import { assertIsoDate } from "./iso-date";

export interface WorkingCalendarInput {
  /** Public holidays, 'YYYY-MM-DD'. */
  holidays: readonly string[];
  /** Weekend days the State Council's yearly notice declares working days (调休上班), 'YYYY-MM-DD'. */
  makeUpWorkdays: readonly string[];
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** The n-th working day strictly after `date`; `date` itself when n is 0. */
  addWorkingDays(date: string, n: number): string;
}

/**
 * A working-day calendar (DOMAIN.md, "Working days"): Monday–Friday unless a public holiday, plus
 * the declared make-up working days. The dates are data an administrator extends each year.
 */
export function createWorkingCalendar(input: WorkingCalendarInput): WorkingCalendar {
  for (const date of input.holidays) assertIsoDate(date, "Each holiday");
  for (const date of input.makeUpWorkdays) assertIsoDate(date, "Each make-up working day");
  const holidays = new Set(input.holidays);
  const makeUpWorkdays = new Set(input.makeUpWorkdays);
  for (const date of makeUpWorkdays) {
    if (holidays.has(date)) {
      throw new RangeError(`${date} is listed both as a holiday and as a make-up working day`);
    }
  }

  function isWorkingDay(date: string): boolean {
    assertIsoDate(date, "date");
    if (makeUpWorkdays.has(date)) return true;
    if (holidays.has(date)) return false;
    const weekday = dayOfWeek(date);
    return weekday !== 0 && weekday !== 6;
  }

  function addWorkingDays(date: string, n: number): string {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`n must be a whole number of working days, 0 or more, got ${n}`);
    }
    let day = epochDayOf(date);
    let current = date;
    // Terminates: holidays are finite, so every week beyond the last one holds five working days.
    for (let remaining = n; remaining > 0; ) {
      day += 1;
      current = isoDateOfEpochDay(day);
      if (isWorkingDay(current)) remaining -= 1;
    }
    return current;
  }

  return { isWorkingDay, addWorkingDays };
}
