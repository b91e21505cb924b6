import { epochDayOf, isoDateOfEpochDay } from "../calendar/epoch-day";
import { assertIsoDate } from "../calendar/iso-date";
import type { WorkingCalendar } from "../calendar/working-calendar";

function workingDaysAfterThrough(from: string, through: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = epochDayOf(from) + 1; day <= epochDayOf(through); day++) {
    if (calendar.isWorkingDay(isoDateOfEpochDay(day))) count += 1;
  }
  return count;
}

/**
 * Working days from `today` to `dueDate` (both 'YYYY-MM-DD'): 0 on the due day; before it, the
 * working days after today up to the due date; after it, minus the working days since the due
 * date up to today. A date other than the due day is never 0: the day after a Friday due date is
 * already −1, so the sign always says early, due or late.
 */
export function workingDaysLeft(dueDate: string, today: string, calendar: WorkingCalendar): number {
  assertIsoDate(dueDate, "dueDate");
  assertIsoDate(today, "today");
  if (today === dueDate) return 0;
  if (today < dueDate) return Math.max(1, workingDaysAfterThrough(today, dueDate, calendar));
  return -Math.max(1, workingDaysAfterThrough(dueDate, today, calendar));
}

/** Whether `dueDate` has passed on `today` ('YYYY-MM-DD' strings order like the dates). */
export function isOverdue(dueDate: string, today: string): boolean {
  assertIsoDate(dueDate, "dueDate");
  assertIsoDate(today, "today");
  return today > dueDate;
}

export function isDueToday(dueDate: string, today: string): boolean {
  assertIsoDate(dueDate, "dueDate");
  assertIsoDate(today, "today");
  return today === dueDate;
}
