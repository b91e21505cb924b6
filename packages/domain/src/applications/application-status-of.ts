import { ruleInStatus } from "./application-action-table";
import type { ApplicationAction } from "./application-actions";
import type { ApplicationStatus } from "./application-statuses";

/**
 * The status an application is in, folded from its recorded actions, oldest first (STYLE.md:
 * status derived from recorded facts, never stored). Throws on a history the workflow table could
 * not have produced: not starting with SUBMIT, an action its status does not allow or taken by
 * the wrong party, or times going backwards. The guards that need the application itself (its
 * channel, its applicant) are `applyAction`'s, which records nothing that fails them.
 */
export function applicationStatusOf(actions: readonly ApplicationAction[]): ApplicationStatus {
  const [first, ...rest] = actions;
  if (first?.type !== "SUBMIT") {
    throw new RangeError("An application's history must begin with SUBMIT");
  }
  let status: ApplicationStatus = "SUBMITTED";
  let previousAt = first.at;
  for (const [index, action] of rest.entries()) {
    const rule = ruleInStatus(status, action.type);
    if (rule === undefined || rule.by[action.by] === undefined || action.at < previousAt) {
      throw new RangeError(
        `Impossible application history: ${action.type} by ${action.by} at position ${index + 1}, in status ${status}`,
      );
    }
    status = rule.to;
    previousAt = action.at;
  }
  return status;
}
