import { z } from "zod";
import { type ApplicationStatus, statusesOnTheClock } from "../applications/application-statuses";

/**
 * The counter's work queues, as data (STYLE.md, rule 3): which applications each holds. All are
 * sorted by due date, soonest first, so the promise never slips unseen. The staff app adds the
 * columns and the next action of each.
 */
export const applicationQueues = {
  TO_VERIFY: { statuses: ["SUBMITTED"], overdueOnly: false },
  NEEDS_MATERIALS: { statuses: ["NEEDS_MATERIALS"], overdueOnly: false },
  TO_PRODUCE: { statuses: ["APPROVED", "IN_PRODUCTION", "PRODUCTION_FAILED"], overdueOnly: false },
  READY_FOR_PICKUP: { statuses: ["READY_FOR_PICKUP"], overdueOnly: false },
  OVERDUE: { statuses: statusesOnTheClock, overdueOnly: true },
  ALL_OPEN: {
    statuses: [
      "SUBMITTED",
      "NEEDS_MATERIALS",
      "APPROVED",
      "IN_PRODUCTION",
      "PRODUCTION_FAILED",
      "READY_FOR_PICKUP",
    ],
    overdueOnly: false,
  },
} as const satisfies Record<
  string,
  { statuses: readonly ApplicationStatus[]; overdueOnly: boolean }
>;

export type ApplicationQueue = keyof typeof applicationQueues;
export const applicationQueueNames = Object.keys(applicationQueues) as ApplicationQueue[];
export const applicationQueueSchema = z.enum(
  applicationQueueNames as [ApplicationQueue, ...ApplicationQueue[]],
);
