import { z } from "zod";
import type { Role } from "./roles";

/** Named `resource:action` (STYLE.md, rule 2). */
export const permissions = [
  // The insured's own account summary and transactions.
  "account:read",
  // The insured's own preferences, such as elder mode.
  "profile:update",
  // A staff member's own profile and session.
  "staff-session:read",
  // The card applications queue, and one application with its person.
  "application:list",
  "application:read",
  // The card application workflow (applications/application-action-table.ts).
  "card:apply",
  "card:withdraw",
  "card:report-lost",
  "application:register",
  "application:verify",
  "application:request-materials",
  "application:refuse",
  "application:approve",
  "application:produce",
  "application:hand-over",
  "application:issue-on-the-spot",
  "card:report-lost-for-person",
  // Keeping one's own session alive ("stay signed in").
  "session:extend",
  // One's own password, second factor and sessions.
  "password:change",
  "second-factor:enrol",
  "second-factor:manage",
  "session:end-all",
  // The county's service points, as a list to choose from.
  "service-point:list",
  // Staff accounts (the administrator's and the security officer's duties).
  "staff-user:list",
  "staff-user:create",
  "staff-user:update",
  "staff-user:reset-second-factor",
  "staff-user:unlock",
  "staff-role:grant",
  // The audit trail (the auditor's duty).
  "audit:read",
  "audit:export",
  // Lifting an insured person's online login lock at the counter, after checking the ID document.
  "citizen-login:unlock",
  // Seeing a person's full resident ID number, on an explicit, audited request.
  "person:reveal-id",
  // The development outbox of text messages.
  "outbox:read",
  // Running the card service (issue: service operations).
  // Sending an uncollected card back to the county centre; escalating an application by hand.
  "application:recall",
  "application:escalate",
  // The working-day calendar: everyone reads it; administrators enter a year's notice.
  "calendar:read",
  "calendar:manage",
  // County parameters with their history: administrators set them.
  "parameter:read",
  "parameter:manage",
  // The SLA dashboard and its export, in the reader's scope.
  "dashboard:read",
  // One's own staff inbox (the morning digest, reminders).
  "staff-inbox:read",
  // Text messages that could not be delivered, and failed background jobs.
  "message-delivery:read",
  "message-delivery:retry",
  "job:read",
  // 好差评: the insured rates a finished case; the county centre follows up bad ratings.
  "rating:submit",
  "follow-up:list",
  "follow-up:record",
  // The account (issue: the account). The insured shows the e-card; a designated institution's
  // operator settles and reverses its own settlements; bureau staff look an account up, with a
  // reason, for a person at the counter.
  "ecard:show",
  "settlement:settle",
  "settlement:reverse",
  "settlement:list",
  "account:look-up",
  // Sending a file (POST /uploads): an employer's batch or letter, a tax collection file.
  "upload:create",
  // The tax authority (issue: the tax authority): payment registration of employers, their
  // employees and individuals; a genuine early credit code that fails the check, registered by the
  // county centre with a reason; collection files checked and credited; arrears; supervision
  // cases; the fund's income report, budget proposal and final accounts.
  "payer:register",
  "payer:register-check-exception",
  "payer:read",
  "collection:check",
  "collection:credit",
  "arrears:read",
  "supervision:record",
  "supervision:read",
  "fund-report:read",
  // Employers' batches (单位批量申领), read in the reader's scope (an agent its own employer's,
  // the county centre every one); the county centre processes them: decides, moves the cards
  // through production, records the agent who collected them.
  "employer-batch:read",
  "employer-batch:process",
  // An employer's handling agent records handing a card to its employee.
  "employer-card:hand-out",
  // An employer's handling agent checks a spreadsheet of its employees (with their photos and the
  // letter of introduction) and submits it as card applications.
  "employer-batch:check",
  "employer-batch:submit",
] as const;
export const permissionSchema = z.enum(permissions);
export type Permission = (typeof permissions)[number];

const ownAccount: readonly Permission[] = [
  "session:extend",
  "password:change",
  "second-factor:enrol",
  "session:end-all",
];
/** A counter's card work; the county centre adds issuing on the spot. */
const counterWork: readonly Permission[] = [
  "application:list",
  "application:read",
  "application:register",
  "application:verify",
  "application:request-materials",
  "application:refuse",
  "application:approve",
  "application:produce",
  "application:hand-over",
  "card:report-lost-for-person",
  "application:recall",
  "application:escalate",
  "dashboard:read",
];
const staffBasics: readonly Permission[] = [
  ...ownAccount,
  "staff-session:read",
  "service-point:list",
  "staff-inbox:read",
  "calendar:read",
  "parameter:read",
];

/**
 * What each role may do. Where it may do it is `roleScope`'s question. The administrator, the
 * security officer and the auditor hold separate duties (三员分立, GB/T 22239-2019 8.1.4.x):
 * the administrator manages accounts but cannot read the audit trail; the auditor reads it and
 * changes nothing.
 */
export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  INSURED: [
    "account:read",
    "profile:update",
    "second-factor:manage",
    "card:apply",
    "card:withdraw",
    "card:report-lost",
    "rating:submit",
    "ecard:show",
    ...ownAccount,
  ],
  SERVICE_POINT_CLERK: [...staffBasics, ...counterWork, "citizen-login:unlock"],
  COUNTY_CENTRE_CLERK: [
    ...staffBasics,
    ...counterWork,
    "application:issue-on-the-spot",
    "citizen-login:unlock",
    "person:reveal-id",
    "message-delivery:read",
    "message-delivery:retry",
    "follow-up:list",
    "follow-up:record",
    "upload:create",
    "employer-batch:read",
    "employer-batch:process",
    "payer:register-check-exception",
  ],
  BUREAU_CLERK: [...staffBasics, "citizen-login:unlock", "person:reveal-id", "account:look-up"],
  TAX_OFFICER: [
    ...staffBasics,
    "upload:create",
    "payer:register",
    "payer:read",
    "collection:check",
    "collection:credit",
    "arrears:read",
    "supervision:record",
    "supervision:read",
    "fund-report:read",
  ],
  ADMINISTRATOR: [
    ...staffBasics,
    "staff-user:list",
    "staff-user:create",
    "staff-user:update",
    "staff-user:reset-second-factor",
    "outbox:read",
    "calendar:manage",
    "parameter:manage",
    "message-delivery:read",
    "message-delivery:retry",
    "job:read",
  ],
  SECURITY_OFFICER: [
    ...staffBasics,
    "staff-user:list",
    "staff-user:update",
    "staff-user:reset-second-factor",
    "staff-user:unlock",
    "staff-role:grant",
  ],
  AUDITOR: [...staffBasics, "audit:read", "audit:export"],
  // An outside organisation's staff: its own settlements and its own sign-in, nothing of the
  // county's internal work (no calendar, parameters or service points).
  INSTITUTION_OPERATOR: [
    ...ownAccount,
    "staff-session:read",
    "settlement:settle",
    "settlement:reverse",
    "settlement:list",
  ],
  // An outside organisation's agent: its own account (the second factor is optional, as for the
  // insured) and its own employer's batches.
  EMPLOYER_AGENT: [
    ...ownAccount,
    "second-factor:manage",
    "upload:create",
    "employer-batch:read",
    "employer-batch:check",
    "employer-batch:submit",
    "employer-card:hand-out",
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role]?.includes(permission) ?? false;
}
