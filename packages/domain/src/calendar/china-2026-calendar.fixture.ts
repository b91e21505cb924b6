import { createCoveredWorkingCalendar } from "./covered-working-calendar";
import { epochDayOf, isoDateOfEpochDay } from "./epoch-day";

/** Every date from `from` to `to`, both included. For tests. */
export function daysFromTo(from: string, to: string): string[] {
  const result: string[] = [];
  for (let day = epochDayOf(from); day <= epochDayOf(to); day++) {
    result.push(isoDateOfEpochDay(day));
  }
  return result;
}

/**
 * The 2026 arrangement of public holidays (国办发明电〔2025〕7号), the same as the fixture in
 * working-calendar.test.ts, as test data only: the real calendar is data that administrators
 * maintain. Only 2026 is covered.
 */
export const china2026Arrangement = {
  holidays: [
    ...daysFromTo("2026-01-01", "2026-01-03"),
    ...daysFromTo("2026-02-15", "2026-02-23"),
    ...daysFromTo("2026-04-04", "2026-04-06"),
    ...daysFromTo("2026-05-01", "2026-05-05"),
    ...daysFromTo("2026-06-19", "2026-06-21"),
    ...daysFromTo("2026-09-25", "2026-09-27"),
    ...daysFromTo("2026-10-01", "2026-10-07"),
  ],
  makeUpWorkdays: [
    "2026-01-04",
    "2026-02-14",
    "2026-02-28",
    "2026-05-09",
    "2026-09-20",
    "2026-10-10",
  ],
  coveredYears: [2026],
};

export const china2026Calendar = createCoveredWorkingCalendar(china2026Arrangement);
