import {
  applicationActionSchema,
  type CoveredWorkingCalendar,
  createCoveredWorkingCalendar,
  dueDateOf,
} from "@yibao/domain";
import type { PrismaClient } from "../generated/prisma/client";

/** The calendar as entered in the database: the years it holds are the years it covers. */
export async function loadCoveredCalendar(
  prisma: Pick<PrismaClient, "workingCalendarDay">,
): Promise<CoveredWorkingCalendar> {
  const days = await prisma.workingCalendarDay.findMany({ select: { date: true, kind: true } });
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return createCoveredWorkingCalendar({
    holidays: days.filter((day) => day.kind === "HOLIDAY").map((day) => iso(day.date)),
    makeUpWorkdays: days
      .filter((day) => day.kind === "MAKE_UP_WORKDAY")
      .map((day) => iso(day.date)),
    coveredYears: [...new Set(days.map((day) => day.date.getUTCFullYear()))],
  });
}

/**
 * After a year's holiday notice is entered: every open application whose due date was
 * provisional is dated again from its recorded actions (DOMAIN.md, "Working days"), so the queues
 * and their order show the settled date. Answers how many changed.
 */
export async function redateProvisionalApplications(prisma: PrismaClient): Promise<number> {
  const calendar = await loadCoveredCalendar(prisma);
  const open = await prisma.cardApplication.findMany({
    where: {
      dueDateProvisional: true,
      status: { notIn: ["REFUSED", "WITHDRAWN", "COLLECTED"] },
    },
    include: { actions: { orderBy: { seq: "asc" } } },
  });
  let changed = 0;
  for (const application of open) {
    // The clock starts at the latest submission or resubmission: those actions are enough.
    const clockActions = application.actions.filter(
      (row) => row.action === "SUBMIT" || row.action === "RESUBMIT",
    );
    const actions = clockActions.map((row) =>
      applicationActionSchema.parse({
        ...(row.detail as Record<string, unknown>),
        type: row.action,
        at: row.at.toISOString(),
      }),
    );
    const due = dueDateOf({ channel: application.channel, actions }, calendar);
    const updated = await prisma.cardApplication.updateMany({
      where: { id: application.id, version: application.version },
      data: { dueDate: new Date(`${due.dueDate}T00:00:00Z`), dueDateProvisional: due.provisional },
    });
    changed += updated.count;
  }
  return changed;
}
