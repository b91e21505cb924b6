import type { ApplicationActionType, ApplicationActor } from "./application-actions";
import type { ApplicationChannel } from "./application-channels";
import type { ApplicationGuard } from "./application-guards";
import type { ApplicationStatus } from "./application-statuses";

/**
 * The permissions the card application workflow needs (STYLE.md, rule 2). `card:*` are the
 * insured's own; `application:*` are staff duties.
 */
export const applicationPermissions = [
  "card:apply",
  "card:withdraw",
  "application:register",
  "application:verify",
  "application:request-materials",
  "application:refuse",
  "application:approve",
  "application:produce",
  "application:hand-over",
  "application:issue-on-the-spot",
] as const;
export type ApplicationPermission = (typeof applicationPermissions)[number];

export interface ApplicationActionRule {
  /** The status the action leads to. */
  readonly to: ApplicationStatus;
  /** Who may take it and with which permission: the applicant, staff, or either. */
  readonly by: Partial<Readonly<Record<ApplicationActor, ApplicationPermission>>>;
  readonly guards?: readonly ApplicationGuard[];
}

type ActionRules = Partial<Readonly<Record<ApplicationActionType, ApplicationActionRule>>>;

const byStaff = (permission: ApplicationPermission) => ({ STAFF: permission });
const withdraw: ApplicationActionRule = { to: "WITHDRAWN", by: { APPLICANT: "card:withdraw" } };
const refuse: ApplicationActionRule = { to: "REFUSED", by: byStaff("application:refuse") };
const startProduction: ApplicationActionRule = {
  to: "IN_PRODUCTION",
  by: byStaff("application:produce"),
};

/**
 * The card application workflow (STYLE.md, rule 3): for each status, the actions it allows, where
 * each leads, who may take it with which permission, and the guards it needs. The API's guard and
 * the staff app's buttons both read it, through `availableActions`; an action not listed under a
 * status is refused there. SUBMIT starts an application and is in `submissionRules`.
 */
export const applicationActionTable = {
  SUBMITTED: {
    VERIFY_DOCUMENTS: { to: "SUBMITTED", by: byStaff("application:verify") },
    REQUEST_MATERIALS: { to: "NEEDS_MATERIALS", by: byStaff("application:request-materials") },
    REFUSE: refuse,
    WITHDRAW: withdraw,
    APPROVE: {
      to: "APPROVED",
      by: byStaff("application:approve"),
      guards: ["CERTIFICATES_VERIFIED"],
    },
    ISSUE_ON_THE_SPOT: {
      to: "COLLECTED",
      by: byStaff("application:issue-on-the-spot"),
      guards: ["COUNTY_CENTRE_CHANNEL", "CERTIFICATES_VERIFIED"],
    },
  },
  NEEDS_MATERIALS: {
    // Online by the applicant, or at a counter.
    RESUBMIT: { to: "SUBMITTED", by: { APPLICANT: "card:apply", STAFF: "application:register" } },
    // Materials never supplied end in a refusal the applicant can read.
    REFUSE: refuse,
    WITHDRAW: withdraw,
  },
  REFUSED: {},
  WITHDRAWN: {},
  APPROVED: { START_PRODUCTION: startProduction },
  IN_PRODUCTION: {
    MARK_READY: { to: "READY_FOR_PICKUP", by: byStaff("application:produce") },
    MARK_FAILED: { to: "PRODUCTION_FAILED", by: byStaff("application:produce") },
  },
  PRODUCTION_FAILED: { START_PRODUCTION: startProduction },
  READY_FOR_PICKUP: {
    HAND_OVER: { to: "COLLECTED", by: byStaff("application:hand-over") },
  },
  COLLECTED: {},
} as const satisfies Readonly<Record<ApplicationStatus, ActionRules>>;

/** Who starts an application on each channel: the insured online, staff at a counter. */
export const submissionRules = {
  COUNTY_CENTRE: { to: "SUBMITTED", by: byStaff("application:register") },
  SERVICE_POINT: { to: "SUBMITTED", by: byStaff("application:register") },
  ONLINE: { to: "SUBMITTED", by: { APPLICANT: "card:apply" } },
  // The employer's batch is entered at the county centre until the employer issue gives it a path.
  EMPLOYER: { to: "SUBMITTED", by: byStaff("application:register") },
} as const satisfies Readonly<Record<ApplicationChannel, ApplicationActionRule>>;

/** The table's rule for `type` in `status`, or undefined if the status does not allow it. */
export function ruleInStatus(
  status: ApplicationStatus,
  type: ApplicationActionType,
): ApplicationActionRule | undefined {
  const rules: ActionRules = applicationActionTable[status];
  return rules[type];
}

/**
 * The rule for `type` on an application of `channel` in `status`. Before the first action (status
 * null) only SUBMIT is allowed, by the channel's rule.
 */
export function actionRuleFor(
  status: ApplicationStatus | null,
  type: ApplicationActionType,
  channel: ApplicationChannel,
): ApplicationActionRule | undefined {
  if (status === null) return type === "SUBMIT" ? submissionRules[channel] : undefined;
  return ruleInStatus(status, type);
}
