import { assertIsoDate } from "./iso-date";
import {
  createWorkingCalendar,
  type WorkingCalendar,
  type WorkingCalendarInput,
} from "./working-calendar";

export interface CoveredWorkingCalendarInput extends WorkingCalendarInput {
  /**
   * The years whose State Council holiday notice has been entered in full. A holiday or make-up
   * day listed for another year is a draft and is not used.
   */
  coveredYears: readonly number[];
}

export interface CoveredWorkingCalendar extends WorkingCalendar {
  readonly coveredYears: readonly number[];
  /** Whether the year of `date` ('YYYY-MM-DD') has its holiday arrangement entered. */
  covers(date: string): boolean;
}

/**
 * A working-day calendar that knows which years it covers (DOMAIN.md, "Working days": the
 * administrator extends it each year when the notice comes out). In a year it does not cover it
 * counts Monday–Friday only — the best guess until the notice is out — and `covers` tells the
 * caller that a date counted there is provisional.
 */
export function createCoveredWorkingCalendar(
  input: CoveredWorkingCalendarInput,
): CoveredWorkingCalendar {
  for (const year of input.coveredYears) {
    if (!Number.isSafeInteger(year) || year < 0 || year > 9999) {
      throw new RangeError(`Each covered year must be a whole year 0000–9999, got ${year}`);
    }
  }
  const covered = new Set(input.coveredYears);
  const inCoveredYear = (label: string) => (date: string) =>
    covered.has(assertIsoDate(date, label).year);
  const base = createWorkingCalendar({
    holidays: input.holidays.filter(inCoveredYear("Each holiday")),
    makeUpWorkdays: input.makeUpWorkdays.filter(inCoveredYear("Each make-up working day")),
  });
  return {
    ...base,
    coveredYears: [...covered].sort((a, b) => a - b),
    covers: inCoveredYear("date"),
  };
}
