import { dayOfWeek } from "./epoch-day";
import { parseIsoDate } from "./iso-date";

/** Why a year's calendar, as an administrator entered it, cannot be saved. */
export const calendarYearProblemCodes = [
  "ISO_DATE_FORMAT",
  "DATE_OUTSIDE_YEAR",
  "DUPLICATE_DATE",
  "MAKE_UP_DAY_ON_WEEKDAY",
  "HOLIDAY_ON_MAKE_UP_DAY",
  "NAME_EMPTY",
  "NAME_TOO_LONG",
  "NO_HOLIDAYS",
  "NOTICE_EMPTY",
  "NOTICE_TOO_LONG",
] as const;
export type CalendarYearProblemCode = (typeof calendarYearProblemCodes)[number];

export const calendarDayNameMaxLength = 40;
export const calendarNoticeMaxLength = 200;

/** One listed day of a notice: the date and the holiday it belongs to (元旦, 春节…). */
export interface CalendarYearDay {
  date: string;
  name: string;
}

/** A year's State Council holiday notice as entered: its days and the notice's name. */
export interface CalendarYearEntry {
  year: number;
  holidays: readonly CalendarYearDay[];
  makeUpWorkdays: readonly CalendarYearDay[];
  notice: string;
}

export type CalendarYearList = "holidays" | "makeUpWorkdays";

export interface CalendarYearProblem {
  /** Where the problem is, as a form field or a zod issue names it: `["holidays", 2, "date"]`. */
  path: [CalendarYearList, number, "date" | "name"] | [CalendarYearList] | ["notice"];
  code: CalendarYearProblemCode;
}

/**
 * Every problem of a year's calendar at once, each at its row (DOMAIN.md, "Working days"): a
 * make-up working day (调休上班) is always a Saturday or Sunday, since a weekday is a working day
 * already; no date is both a holiday and a make-up day; each date is a real date of that year,
 * listed once; each row names its holiday; a notice lists holidays and has a name. Names are
 * judged as given: the schema trims them first.
 */
export function checkCalendarYear(entry: CalendarYearEntry): CalendarYearProblem[] {
  const problems: CalendarYearProblem[] = [];
  const validDates = (list: CalendarYearList) => {
    const seen = new Set<string>();
    entry[list].forEach((day, index) => {
      const parts = parseIsoDate(day.date);
      if (!parts) {
        problems.push({ path: [list, index, "date"], code: "ISO_DATE_FORMAT" });
      } else if (parts.year !== entry.year) {
        problems.push({ path: [list, index, "date"], code: "DATE_OUTSIDE_YEAR" });
      } else if (seen.has(day.date)) {
        problems.push({ path: [list, index, "date"], code: "DUPLICATE_DATE" });
      } else {
        seen.add(day.date);
      }
      if (day.name.length === 0) {
        problems.push({ path: [list, index, "name"], code: "NAME_EMPTY" });
      } else if (day.name.length > calendarDayNameMaxLength) {
        problems.push({ path: [list, index, "name"], code: "NAME_TOO_LONG" });
      }
    });
    return seen;
  };
  const holidays = validDates("holidays");
  const makeUpWorkdays = validDates("makeUpWorkdays");

  entry.makeUpWorkdays.forEach((day, index) => {
    if (!makeUpWorkdays.has(day.date)) return;
    const weekday = dayOfWeek(day.date);
    if (weekday !== 0 && weekday !== 6) {
      problems.push({ path: ["makeUpWorkdays", index, "date"], code: "MAKE_UP_DAY_ON_WEEKDAY" });
    }
  });
  // Both rows are wrong together: the administrator decides which one the notice meant.
  for (const list of ["holidays", "makeUpWorkdays"] as const) {
    const other = list === "holidays" ? makeUpWorkdays : holidays;
    entry[list].forEach((day, index) => {
      if (other.has(day.date)) {
        problems.push({ path: [list, index, "date"], code: "HOLIDAY_ON_MAKE_UP_DAY" });
      }
    });
  }

  if (entry.holidays.length === 0) problems.push({ path: ["holidays"], code: "NO_HOLIDAYS" });
  if (entry.notice.length === 0) {
    problems.push({ path: ["notice"], code: "NOTICE_EMPTY" });
  } else if (entry.notice.length > calendarNoticeMaxLength) {
    problems.push({ path: ["notice"], code: "NOTICE_TOO_LONG" });
  }
  return problems;
}
