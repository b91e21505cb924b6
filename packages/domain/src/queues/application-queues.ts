import { z } from "zod";
import { type ApplicationStatus, statusesOnTheClock } from "../applications/application-statuses";

/**
 * The counter's work queues, as data (STYLE.md, rule 3): which applications each holds. All are
 * sorted by due date, soonest first, so the promise never slips unseen. The staff app adds the
 * columns and the next action of each.
 */
export const applicationQueues = {
  TO_VERIFY: { statuses: ["SUBMITTED"], overdueOnly: false, escalatedOnly: false },
  NEEDS_MATERIALS: { statuses: ["NEEDS_MATERIALS"], overdueOnly: false, escalatedOnly: false },
  TO_PRODUCE: {
    statuses: ["APPROVED", "IN_PRODUCTION", "PRODUCTION_FAILED"],
    overdueOnly: false,
    escalatedOnly: false,
  },
  READY_FOR_PICKUP: { statuses: ["READY_FOR_PICKUP"], overdueOnly: false, escalatedOnly: false },
  // Past the due date with the office still owing the card; for the county centre, the whole
  // county's ("overdue across the county").
  OVERDUE: { statuses: statusesOnTheClock, overdueOnly: true, escalatedOnly: false },
  // Raised to the county centre by hand, with a reason, while the office owes the card.
  ESCALATED: {
    statuses: [...statusesOnTheClock, "NEEDS_MATERIALS"],
    overdueOnly: false,
    escalatedOnly: true,
  },
  // The recall list: cards not collected within the pickup period (DOMAIN.md, "Pickup"), at the
  // service point until sent back, then at the county centre until cancelled.
  RECALL: {
    statuses: ["UNCOLLECTED", "RETURNED_TO_CENTRE"],
    overdueOnly: false,
    escalatedOnly: false,
  },
  // Every open application the counter still has work on. A card with an employer
  // (WITH_EMPLOYER) is the employer's to hand out; the county centre follows it in the batch.
  ALL_OPEN: {
    statuses: [
      "SUBMITTED",
      "NEEDS_MATERIALS",
      "APPROVED",
      "IN_PRODUCTION",
      "PRODUCTION_FAILED",
      "READY_FOR_PICKUP",
      "UNCOLLECTED",
      "RETURNED_TO_CENTRE",
    ],
    overdueOnly: false,
    escalatedOnly: false,
  },
} as const satisfies Record<
  string,
  { statuses: readonly ApplicationStatus[]; overdueOnly: boolean; escalatedOnly: boolean }
>;

export type ApplicationQueue = keyof typeof applicationQueues;
export const applicationQueueNames = Object.keys(applicationQueues) as ApplicationQueue[];
export const applicationQueueSchema = z.enum(
  applicationQueueNames as [ApplicationQueue, ...ApplicationQueue[]],
);
