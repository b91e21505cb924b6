import { z } from "zod";

/**
 * An application's status, derived from its recorded actions (`applicationStatusOf`), never
 * stored. Citizens read them as 已受理 · 需补材料 · 不予受理 · 审核通过 · 制卡中 · 制卡失败 · 待领取 ·
 * 已领取 (DOMAIN.md, "How the service runs in practice"); the apps hold the words.
 */
export const applicationStatuses = [
  "SUBMITTED",
  "NEEDS_MATERIALS",
  "REFUSED",
  "WITHDRAWN",
  "APPROVED",
  "IN_PRODUCTION",
  "PRODUCTION_FAILED",
  "READY_FOR_PICKUP",
  "COLLECTED",
  // Not collected within the pickup period: on the service point's recall list (取卡逾期).
  "UNCOLLECTED",
  // Sent back to the county centre, where it can still be collected until it is cancelled.
  "RETURNED_TO_CENTRE",
  // Cancelled after the recall period without being collected (DOMAIN.md, "Pickup").
  "EXPIRED",
  // An employer's card, collected at the county centre by one of its handling agents and not yet
  // handed to the employee (DOMAIN.md, channel 4: the employer hands the cards out). Last, as the
  // database's enum added it.
  "WITH_EMPLOYER",
] as const;
export const applicationStatusSchema = z.enum(applicationStatuses);
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Statuses that end an application; every other one is open (one open application per person). */
export const closedApplicationStatuses = [
  "REFUSED",
  "WITHDRAWN",
  "COLLECTED",
  "EXPIRED",
] as const satisfies readonly ApplicationStatus[];

/**
 * Statuses in which the 3-working-day promise is running: the work is the office's. In
 * NEEDS_MATERIALS the applicant holds it (the clock restarts on resubmission); from
 * READY_FOR_PICKUP on the promise has been kept or broken.
 */
export const statusesOnTheClock = [
  "SUBMITTED",
  "APPROVED",
  "IN_PRODUCTION",
  "PRODUCTION_FAILED",
] as const satisfies readonly ApplicationStatus[];

export function isOnTheClock(status: ApplicationStatus): boolean {
  return (statusesOnTheClock as readonly ApplicationStatus[]).includes(status);
}
