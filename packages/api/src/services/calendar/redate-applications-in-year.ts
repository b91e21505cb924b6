import { loadCoveredCalendar } from "@yibao/db";
import {
  type ApplicationAction,
  type ApplicationStatus,
  applicationStatuses,
  dueDateOf,
  ruleInStatus,
} from "@yibao/domain";
import type { ServiceContext, StaffActor, SystemActor } from "../../context";
import { DomainError } from "../../errors";
import { writeApplicationAction } from "../applications/record-application-action";
import { applicationInclude, storedApplicationOf } from "../applications/stored-application";

/** The job name the audit trail and each DUE_DATE_CHANGED action are recorded under. */
export const setYearJob = "calendar.set-year";

/** The statuses whose due date the workflow lets the calendar settle (the office still owes it). */
const redatedStatuses = applicationStatuses.filter(
  (status) => ruleInStatus(status, "DUE_DATE_CHANGED") !== undefined,
) as ApplicationStatus[];

const isoDateOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Dates again every open application whose counted days touch `year`, after its calendar was
 * entered or corrected (DOMAIN.md, "Working days"): where the date moves, DUE_DATE_CHANGED is
 * recorded by the system (it updates the projection, so queues show the new date, and tells the
 * person); where it stays, only the provisional flag is brought up to date. One transaction per
 * application, at the version read in it: a clerk acting at the same moment wins, and their own
 * action has dated it with the new calendar already. Run twice, it acts once. Answers how many
 * applications got a new date.
 */
export async function redateApplicationsInYear(
  ctx: ServiceContext<StaffActor>,
  year: number,
): Promise<number> {
  const system: ServiceContext<SystemActor> = {
    ...ctx,
    actor: { kind: "SYSTEM", job: setYearJob },
    scope: null,
  };
  // Counted days run from the day after the clock start to the due date.
  const candidates = await ctx.prisma.cardApplication.findMany({
    where: {
      status: { in: redatedStatuses },
      dueDate: { gte: new Date(`${year}-01-01T00:00:00Z`) },
      clockStartedOn: { lt: new Date(`${year}-12-31T00:00:00Z`) },
    },
    select: { id: true },
    orderBy: { dueDate: "asc" },
  });
  let redated = 0;
  for (const { id } of candidates) {
    if (await redateWithOneRetry(system, id, year)) redated += 1;
  }
  return redated;
}

const changedMeanwhile = (error: unknown) =>
  error instanceof DomainError && error.code === "APPLICATION_CHANGED";

/** A clerk who acted in between dated it with the new calendar; reading it again is enough. */
async function redateWithOneRetry(
  ctx: ServiceContext<SystemActor>,
  applicationId: string,
  year: number,
): Promise<boolean> {
  try {
    return await redateOne(ctx, applicationId, year);
  } catch (error) {
    if (!changedMeanwhile(error)) throw error;
  }
  try {
    return await redateOne(ctx, applicationId, year);
  } catch (error) {
    if (changedMeanwhile(error)) return false;
    throw error;
  }
}

async function redateOne(
  ctx: ServiceContext<SystemActor>,
  applicationId: string,
  year: number,
): Promise<boolean> {
  return ctx.prisma.$transaction(async (tx) => {
    const row = await tx.cardApplication.findUnique({
      where: { id: applicationId },
      include: applicationInclude,
    });
    if (!row || !(redatedStatuses as string[]).includes(row.status)) return false;
    const stored = storedApplicationOf(ctx, row);
    const calendar = await loadCoveredCalendar(tx);
    const due = dueDateOf(stored, calendar, { promiseWorkingDays: row.promiseWorkingDays });
    const current = isoDateOf(row.dueDate);
    if (due.dueDate === current) {
      if (due.provisional !== row.dueDateProvisional) {
        await tx.cardApplication.updateMany({
          where: { id: row.id, version: row.version },
          data: { dueDateProvisional: due.provisional },
        });
      }
      return false;
    }
    const action: ApplicationAction = {
      type: "DUE_DATE_CHANGED",
      at: ctx.now.toISOString(),
      by: "SYSTEM",
      from: current,
      to: due.dueDate,
      calendarYear: year,
    };
    await writeApplicationAction(tx, ctx, stored, action, row.version);
    return true;
  });
}
