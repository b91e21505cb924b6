import type { ApplicationChannel } from "../applications/application-channels";
import { type ApplicationStatus, isOnTheClock } from "../applications/application-statuses";
import { epochDayOf, isoDateOfEpochDay } from "../calendar/epoch-day";
import type { WorkingCalendar } from "../calendar/working-calendar";
import { chinaToday } from "../time/china-today";
import { nearestRank } from "./nearest-rank";
import type { SlaRow } from "./sla-row-schema";

/** What the dashboard needs to know of one application (its row's projection, no person). */
export interface SlaApplicationFacts {
  servicePointCode: string;
  channel: ApplicationChannel;
  status: ApplicationStatus;
  /** When it was submitted (an ISO instant); the period is read in China's dates. */
  submittedAt: string;
  /** The China date the promise's clock started: the submission or the latest resubmission. */
  clockStartedOn: string;
  /** 'YYYY-MM-DD', the date the office owes the card by. */
  dueDate: string;
  /** When the card was made ready (MARK_READY), an ISO instant, or null. */
  readyAt: string | null;
  /** When the application ended (collected, refused, …), an ISO instant, or null. */
  closedAt: string | null;
}

export interface SlaFiguresInput {
  /** The service points of the reader's scope, in the order of the rows. */
  servicePoints: readonly { code: string; name: string }[];
  applications: readonly SlaApplicationFacts[];
  /** The period, China dates, both included. */
  from: string;
  to: string;
  /** Today's China date: what is overdue or due today is judged on it. */
  today: string;
  calendar: WorkingCalendar;
}

/**
 * The China date the card was ready: the MARK_READY; for a card issued on the spot at the county
 * centre (collected there with no MARK_READY), the issue itself. Null while not ready.
 */
function readyDayOf(application: SlaApplicationFacts): string | null {
  if (application.readyAt) return chinaToday(new Date(application.readyAt));
  const issuedOnTheSpot =
    application.channel === "COUNTY_CENTRE" &&
    application.status === "COLLECTED" &&
    application.closedAt !== null;
  return issuedOnTheSpot ? chinaToday(new Date(application.closedAt as string)) : null;
}

/** Working days after `start` up to and including `end`; 0 when the same day (or before). */
function workingDaysAfter(start: string, end: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = epochDayOf(start) + 1; day <= epochDayOf(end); day++) {
    if (calendar.isWorkingDay(isoDateOfEpochDay(day))) count += 1;
  }
  return count;
}

/**
 * The SLA dashboard's figures for each service point (issue: SLA dashboard), of the applications
 * **submitted** at that point in the period (China dates of `submittedAt`):
 * - `submitted`: how many;
 * - `readyOnTime` / `readyLate`: of those, made ready (`readyDayOf`) on or before / after the
 *   due date;
 * - `overdueNow` / `dueToday`: of those, still owed today (a status on the clock,
 *   `statusesOnTheClock`) with the due date before / on today;
 * - `medianWorkingDays` / `p90WorkingDays`: over the ready ones, the working days after the clock
 *   start up to the ready day (0 when ready the same day), by nearest rank; null when none.
 * Applications of a point outside `servicePoints` are left out.
 */
export function slaFigures(input: SlaFiguresInput): SlaRow[] {
  const { from, to, today, calendar } = input;
  const byPoint = new Map<string, SlaApplicationFacts[]>();
  for (const application of input.applications) {
    const submittedOn = chinaToday(new Date(application.submittedAt));
    if (submittedOn < from || submittedOn > to) continue;
    const list = byPoint.get(application.servicePointCode) ?? [];
    list.push(application);
    byPoint.set(application.servicePointCode, list);
  }
  return input.servicePoints.map(({ code, name }) => {
    const applications = byPoint.get(code) ?? [];
    let readyOnTime = 0;
    let readyLate = 0;
    let overdueNow = 0;
    let dueToday = 0;
    const workingDaysToReady: number[] = [];
    for (const application of applications) {
      const readyDay = readyDayOf(application);
      if (readyDay !== null) {
        if (readyDay <= application.dueDate) readyOnTime += 1;
        else readyLate += 1;
        workingDaysToReady.push(workingDaysAfter(application.clockStartedOn, readyDay, calendar));
      } else if (isOnTheClock(application.status)) {
        if (application.dueDate < today) overdueNow += 1;
        else if (application.dueDate === today) dueToday += 1;
      }
    }
    return {
      code,
      name,
      submitted: applications.length,
      readyOnTime,
      readyLate,
      overdueNow,
      dueToday,
      medianWorkingDays: nearestRank(workingDaysToReady, 50),
      p90WorkingDays: nearestRank(workingDaysToReady, 90),
    };
  });
}
