import type { CoveredWorkingCalendar } from "../calendar/covered-working-calendar";
import { epochDayOf, isoDateOfEpochDay } from "../calendar/epoch-day";
import { chinaToday } from "../time/china-today";
import type { ApplicationChannel } from "./application-channels";
import type { CardApplication } from "./card-application";

export interface DueDatePolicy {
  /** The service-point promise: done by the n-th working day after submission (DOMAIN.md). */
  promiseWorkingDays: number;
  /** The employer batch's promise; the service point's unless a county sets it. */
  employerPromiseWorkingDays?: number;
}

export const defaultDueDatePolicy: DueDatePolicy = { promiseWorkingDays: 3 };

export interface DueDate {
  /** 'YYYY-MM-DD', China's date. */
  dueDate: string;
  /** True when a day counted lies in a year whose holiday notice the calendar does not cover yet. */
  provisional: boolean;
}

/**
 * The China date (UTC+8) the clock starts from: the latest SUBMIT or RESUBMIT. A resubmission
 * after a request for materials restarts the clock (DOMAIN.md, "One-time notice"): the office's
 * days count from the day the applicant completed the file.
 */
export function clockStartOf(application: Pick<CardApplication, "actions">): string {
  const start = application.actions.findLast(
    (action) => action.type === "SUBMIT" || action.type === "RESUBMIT",
  );
  if (start === undefined) throw new RangeError("An application's history must begin with SUBMIT");
  return chinaToday(new Date(start.at));
}

function promiseOf(channel: ApplicationChannel, policy: DueDatePolicy): number {
  switch (channel) {
    // Issued on the spot: due the day it is submitted.
    case "COUNTY_CENTRE":
      return 0;
    case "EMPLOYER":
      return policy.employerPromiseWorkingDays ?? policy.promiseWorkingDays;
    case "SERVICE_POINT":
    case "ONLINE":
      return policy.promiseWorkingDays;
  }
}

/**
 * When the office owes the card (DOMAIN.md, "Working days"): the n-th working day after the clock
 * start — the third by default; at the county centre the same day. A pure function of the
 * recorded actions and the calendar, so it is recomputed, never stored: when the administrator
 * enters next year's notice, a provisional due date becomes final by itself.
 */
export function dueDateOf(
  application: Pick<CardApplication, "channel" | "actions">,
  calendar: CoveredWorkingCalendar,
  policy: DueDatePolicy = defaultDueDatePolicy,
): DueDate {
  const start = clockStartOf(application);
  const dueDate = calendar.addWorkingDays(start, promiseOf(application.channel, policy));
  // The days counted are those after the start up to the due date; none when due the same day.
  let provisional = false;
  for (let day = epochDayOf(start) + 1; day <= epochDayOf(dueDate) && !provisional; day++) {
    provisional = !calendar.covers(isoDateOfEpochDay(day));
  }
  return { dueDate, provisional };
}
