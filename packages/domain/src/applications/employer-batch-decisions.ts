import { z } from "zod";
import { ruleInStatus } from "./application-action-table";
import type { ApplicationActionType } from "./application-actions";
import type { ApplicationStatus } from "./application-statuses";

/**
 * The county centre's decision on a whole employer's batch (单位批量申领, DOMAIN.md channel 4):
 * accepted, which approves every row not refused on its own, or rejected, which refuses every
 * open row with one notice.
 */
export const employerBatchDecisions = ["ACCEPTED", "REJECTED"] as const;
export const employerBatchDecisionSchema = z.enum(employerBatchDecisions);
export type EmployerBatchDecision = (typeof employerBatchDecisions)[number];

/** Where a submitted batch stands in the county centre's queue. */
export const employerBatchQueueStates = ["TO_DECIDE", ...employerBatchDecisions] as const;
export const employerBatchQueueStateSchema = z.enum(employerBatchQueueStates);
export type EmployerBatchQueueState = (typeof employerBatchQueueStates)[number];

/** How far the county centre moves a batch's accepted cards at once: into production, or made. */
export const employerBatchTargets = [
  "IN_PRODUCTION",
  "READY_FOR_PICKUP",
] as const satisfies readonly ApplicationStatus[];
export const employerBatchTargetSchema = z.enum(employerBatchTargets);
export type EmployerBatchTarget = (typeof employerBatchTargets)[number];

const productionActions = [
  "START_PRODUCTION",
  "MARK_READY",
] as const satisfies readonly ApplicationActionType[];
export type ProductionAction = (typeof productionActions)[number];

/**
 * The production actions that take an application from `from` to `to`, read off the workflow
 * table: none when it is there already; null when production does not lead there from `from`
 * (not approved yet, refused, or further on already).
 */
export function productionStepsTo(
  from: ApplicationStatus,
  to: EmployerBatchTarget,
): ProductionAction[] | null {
  const steps: ProductionAction[] = [];
  let status = from;
  while (status !== to) {
    const step = productionActions.find((type) => ruleInStatus(status, type) !== undefined);
    const rule = step === undefined ? undefined : ruleInStatus(status, step);
    // Each production action is taken at most once on the way (MARK_FAILED is not one of them).
    if (step === undefined || rule === undefined || steps.length === productionActions.length) {
      return null;
    }
    steps.push(step);
    status = rule.to;
  }
  return steps;
}
