import { actionRuleFor } from "./application-action-table";
import type { ApplicationAction } from "./application-actions";
import { actionFitsApplication, guardsHold } from "./application-guards";
import { applicationStatusOf } from "./application-status-of";
import type { ApplicationStatus } from "./application-statuses";
import type { CardApplication } from "./card-application";

export type ApplyActionResult<A extends CardApplication> =
  | { ok: true; application: A; status: ApplicationStatus }
  | { ok: false; reason: "ACTION_NOT_ALLOWED" };

/**
 * Records `action` on `application` if the workflow allows it now: the table allows its type in
 * the current status and for the party that took it (`action.by`), the table's guards hold, its
 * content fits the application (`actionFitsApplication`) and it is not earlier than the last
 * action. Returns the application with the action appended and the status it reaches. Whether the
 * acting user holds the permission is `availableActions`' question, asked by the API first.
 */
export function applyAction<A extends CardApplication>(
  application: A,
  action: ApplicationAction,
): ApplyActionResult<A> {
  const { actions } = application;
  const status = actions.length === 0 ? null : applicationStatusOf(actions);
  const rule = actionRuleFor(status, action.type, application.channel);
  const last = actions.at(-1);
  if (
    rule === undefined ||
    rule.by[action.by] === undefined ||
    !guardsHold(rule.guards, application) ||
    !actionFitsApplication(application, action) ||
    (last !== undefined && action.at < last.at)
  ) {
    return { ok: false, reason: "ACTION_NOT_ALLOWED" };
  }
  return {
    ok: true,
    application: { ...application, actions: [...actions, action] },
    status: rule.to,
  };
}
