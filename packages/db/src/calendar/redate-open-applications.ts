import { applicationActionSchema, closedApplicationStatuses, dueDateOf } from "@yibao/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { loadCoveredCalendar } from "./load-covered-calendar";

// Kept for the callers that import it from here.
export { loadCoveredCalendar } from "./load-covered-calendar";

/**
 * The seed's redating, after it adds a year's days: every open application whose due date was
 * provisional is dated again from its recorded actions, with the promise kept on its row, and no
 * action is recorded. On a fresh database there is none; an administrator's entry goes through
 * the API's `setCalendarYear`, which records DUE_DATE_CHANGED on each. Answers how many changed.
 */
export async function redateWithoutActions(prisma: PrismaClient): Promise<number> {
  const calendar = await loadCoveredCalendar(prisma);
  const open = await prisma.cardApplication.findMany({
    where: { dueDateProvisional: true, status: { notIn: [...closedApplicationStatuses] } },
    include: {
      actions: { where: { action: { in: ["SUBMIT", "RESUBMIT"] } }, orderBy: { seq: "asc" } },
    },
  });
  let changed = 0;
  for (const application of open) {
    // The clock starts at the latest submission or resubmission: those actions are enough.
    const actions = application.actions.map((row) =>
      applicationActionSchema.parse({
        ...(row.detail as Record<string, unknown>),
        type: row.action,
        at: row.at.toISOString(),
      }),
    );
    const due = dueDateOf({ channel: application.channel, actions }, calendar, {
      promiseWorkingDays: application.promiseWorkingDays,
    });
    const updated = await prisma.cardApplication.updateMany({
      where: { id: application.id, version: application.version },
      data: { dueDate: new Date(`${due.dueDate}T00:00:00Z`), dueDateProvisional: due.provisional },
    });
    changed += updated.count;
  }
  return changed;
}
