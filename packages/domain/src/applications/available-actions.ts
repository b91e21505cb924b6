import { actionRuleFor } from "./application-action-table";
import { type ApplicationActionType, applicationActionTypes } from "./application-actions";
import { guardsHold } from "./application-guards";
import { applicationStatusOf } from "./application-status-of";
import type { CardApplication } from "./card-application";

export interface ApplicationActorContext {
  /** The acting user's permissions (their role's list). */
  readonly permissions: readonly string[];
  /**
   * Whether the acting user is this application's applicant. The applicant acts only as the
   * applicant, even if they also hold staff permissions: a clerk does not process their own case.
   */
  readonly actorIsApplicant: boolean;
  /** Yibao's own scheduled work: it takes only the table's `SYSTEM: "JOB"` actions. */
  readonly system?: boolean;
  /**
   * An employer's handling agent acting on an application of that employer (the caller checks
   * the employer): it takes only the table's `EMPLOYER` actions.
   */
  readonly employer?: boolean;
}

/**
 * The actions `actor` may take on `application` now, in the table's order (STYLE.md, rule 3): the
 * API's guard and the staff app's buttons both call this. An application with no actions yet
 * offers SUBMIT. What an action carries (which certificates, which items, who collects) is checked
 * when it is applied (`applyAction`).
 */
export function availableActions(
  application: CardApplication,
  actor: ApplicationActorContext,
): ApplicationActionType[] {
  const status = application.actions.length === 0 ? null : applicationStatusOf(application.actions);
  const party = actor.system
    ? "SYSTEM"
    : actor.employer
      ? "EMPLOYER"
      : actor.actorIsApplicant
        ? "APPLICANT"
        : "STAFF";
  return applicationActionTypes.filter((type) => {
    const rule = actionRuleFor(status, type, application.channel);
    const permission = rule?.by[party];
    return (
      rule !== undefined &&
      permission !== undefined &&
      (party === "SYSTEM" || actor.permissions.includes(permission)) &&
      guardsHold(rule.guards, application)
    );
  });
}
