import type { CalendarYearDay } from "@yibao/domain";

/** A row of the form: a day as typed, and a key that stays with it when rows above are removed. */
export interface CalendarRow extends CalendarYearDay {
  key: string;
}

export type CalendarList = "holidays" | "makeUpWorkdays";

let lastKey = 0;

export function calendarRowsOf(days: readonly CalendarYearDay[]): CalendarRow[] {
  return days.map((day) => {
    lastKey += 1;
    return { ...day, key: `row-${lastKey}` };
  });
}

/** The field's id in the form, so that a problem can move focus to it: `holidays.2.date`. */
export function problemKey(path: readonly (string | number)[]): string {
  return path.join(".");
}
