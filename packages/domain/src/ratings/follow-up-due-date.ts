import type { WorkingCalendar } from "../calendar/working-calendar";

/**
 * The day the county centre must have called back by: the n-th working day after the day of the
 * rating ('YYYY-MM-DD', China's date), n being FOLLOW_UP_WORKING_DAYS in force that day — counted
 * like the service point's promise (DOMAIN.md, "Working days").
 */
export function followUpDueDateOf(
  ratedOn: string,
  calendar: WorkingCalendar,
  workingDays: number,
): string {
  return calendar.addWorkingDays(ratedOn, workingDays);
}

/** Still open after its due date ('YYYY-MM-DD' strings order like the dates). */
export function isFollowUpOverdue(
  followUp: { dueDate: string; closed: boolean },
  today: string,
): boolean {
  return !followUp.closed && today > followUp.dueDate;
}
