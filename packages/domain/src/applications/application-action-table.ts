import type { ApplicationActionType, ApplicationActor } from "./application-actions";
import type { ApplicationChannel } from "./application-channels";
import type { ApplicationGuard } from "./application-guards";
import type { ApplicationStatus } from "./application-statuses";

/**
 * The permissions the card application workflow needs (STYLE.md, rule 2). `card:*` are the
 * insured's own; `application:*` are staff duties; `employer-card:*` an employer's handling
 * agent's, for the cards of its own employees.
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
  "application:recall",
  "application:escalate",
  "employer-card:hand-out",
  "employer-batch:submit",
] as const;
export type ApplicationPermission = (typeof applicationPermissions)[number];

export interface ApplicationActionRule {
  /** The status the action leads to. */
  readonly to: ApplicationStatus;
  /**
   * Who may take it and with which permission: the applicant, staff, the employer (its handling
   * agent), or several; `SYSTEM: "JOB"` for what Yibao's scheduled work records (no role holds it,
   * so no button offers it).
   */
  readonly by: Partial<
    Readonly<Record<Exclude<ApplicationActor, "SYSTEM">, ApplicationPermission>>
  > & {
    readonly SYSTEM?: "JOB";
  };
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
const byJob = { SYSTEM: "JOB" } as const;
/** An action that records a fact and leaves the application where it is. */
const stays = (
  status: ApplicationStatus,
  by: ApplicationActionRule["by"],
): ApplicationActionRule => ({
  to: status,
  by,
});
/** While the office owes the card: escalation by hand, and a due date settled by the calendar. */
const whileOwed = (status: ApplicationStatus) => ({
  ESCALATE: stays(status, byStaff("application:escalate")),
  DUE_DATE_CHANGED: stays(status, byJob),
});
const handOver: ApplicationActionRule = { to: "COLLECTED", by: byStaff("application:hand-over") };
const cancelUncollected: ApplicationActionRule = { to: "EXPIRED", by: byJob };
const expirePickup: ApplicationActionRule = { to: "UNCOLLECTED", by: byJob };
const handOutByEmployer: ApplicationActionRule = {
  to: "COLLECTED",
  by: { EMPLOYER: "employer-card:hand-out" },
};

/**
 * The card application workflow (STYLE.md, rule 3): for each status, the actions it allows, where
 * each leads, who may take it with which permission, and the guards it needs. The API's guard and
 * the staff app's buttons both read it, through `availableActions`; an action not listed under a
 * status is refused there. SUBMIT starts an application and is in `submissionRules`.
 */
export const applicationActionTable = {
  SUBMITTED: {
    ...whileOwed("SUBMITTED"),
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
    DUE_DATE_CHANGED: stays("NEEDS_MATERIALS", byJob),
  },
  REFUSED: {},
  WITHDRAWN: {},
  APPROVED: { ...whileOwed("APPROVED"), START_PRODUCTION: startProduction },
  IN_PRODUCTION: {
    ...whileOwed("IN_PRODUCTION"),
    MARK_READY: { to: "READY_FOR_PICKUP", by: byStaff("application:produce") },
    MARK_FAILED: { to: "PRODUCTION_FAILED", by: byStaff("application:produce") },
  },
  PRODUCTION_FAILED: { ...whileOwed("PRODUCTION_FAILED"), START_PRODUCTION: startProduction },
  READY_FOR_PICKUP: {
    HAND_OVER: handOver,
    // An employer's cards wait at the county centre for one of its agents (DOMAIN.md, channel 4).
    EMPLOYER_COLLECT: {
      to: "WITH_EMPLOYER",
      by: byStaff("application:hand-over"),
      guards: ["EMPLOYER_CHANNEL"],
    },
    EXPIRE_PICKUP: expirePickup,
  },
  // The employer holds the card: it hands it out within the pickup period, or the card goes the
  // uncollected-card path like one left at a counter.
  WITH_EMPLOYER: { EMPLOYER_HAND_OUT: handOutByEmployer, EXPIRE_PICKUP: expirePickup },
  COLLECTED: {},
  // The card is still where it waited, on the recall list: at the service point, where it can be
  // collected, or with the employer, who can still hand it out; either can send it back to the
  // county centre (recorded); the recall period ending cancels it either way.
  UNCOLLECTED: {
    HAND_OVER: { ...handOver, guards: ["CARD_AT_OFFICE"] },
    EMPLOYER_HAND_OUT: { ...handOutByEmployer, guards: ["CARD_WITH_EMPLOYER"] },
    RETURN_TO_CENTRE: { to: "RETURNED_TO_CENTRE", by: byStaff("application:recall") },
    CANCEL_UNCOLLECTED: cancelUncollected,
  },
  RETURNED_TO_CENTRE: { HAND_OVER: handOver, CANCEL_UNCOLLECTED: cancelUncollected },
  EXPIRED: {},
} as const satisfies Readonly<Record<ApplicationStatus, ActionRules>>;

/** Who starts an application on each channel: the insured online, staff at a counter. */
export const submissionRules = {
  COUNTY_CENTRE: { to: "SUBMITTED", by: byStaff("application:register") },
  SERVICE_POINT: { to: "SUBMITTED", by: byStaff("application:register") },
  ONLINE: { to: "SUBMITTED", by: { APPLICANT: "card:apply" } },
  // An employer's agent submits its checked batch (the employer issue); a clerk may still enter
  // one of its applications at the county centre.
  EMPLOYER: {
    to: "SUBMITTED",
    by: { STAFF: "application:register", EMPLOYER: "employer-batch:submit" },
  },
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
