import { hasPermission, type Permission, type StaffRole } from "@yibao/domain";

/** A page of the staff app behind a permission, with its link and shortcut. */
export interface WorkArea {
  path: string;
  /** The link's text, and the shortcut hint's. */
  labelKey: string;
  permission: Permission;
  /**
   * Alt and a letter, ignored while typing (features/shortcuts). Not D, E, F: browsers' own. The
   * letters are shared with the application pane's actions, so not every area has one.
   */
  keys?: string;
}

/** Every work area, in the order of the navigation. A role sees those its permissions open. */
export const workAreas: readonly WorkArea[] = [
  // The account (issue: the account), first for the roles that do nothing else all day: a
  // designated institution's till, the bureau's balance inquiry. The letters are all taken.
  { path: "/settlement", labelKey: "nav.settlement", permission: "settlement:settle" },
  { path: "/balance-inquiry", labelKey: "nav.balanceInquiry", permission: "account:look-up" },
  {
    path: "/applications",
    labelKey: "nav.applications",
    permission: "application:list",
    keys: "Alt+A",
  },
  // 单位批量申领: the county centre's queue of employers' batches (no letter is left for it).
  {
    path: "/employer-batches",
    labelKey: "nav.employerBatches",
    permission: "employer-batch:read",
  },
  {
    path: "/citizen-login",
    labelKey: "nav.citizenLogin",
    permission: "citizen-login:unlock",
    keys: "Alt+J",
  },
  {
    path: "/staff-users",
    labelKey: "nav.staffUsers",
    permission: "staff-user:list",
    keys: "Alt+U",
  },
  { path: "/audit", labelKey: "nav.audit", permission: "audit:read", keys: "Alt+R" },
  { path: "/outbox", labelKey: "nav.outbox", permission: "outbox:read", keys: "Alt+O" },
  // The service's running: figures, follow-ups, what did not get through.
  { path: "/dashboard", labelKey: "nav.dashboard", permission: "dashboard:read" },
  { path: "/follow-ups", labelKey: "nav.followUps", permission: "follow-up:list" },
  { path: "/deliveries", labelKey: "nav.deliveries", permission: "message-delivery:read" },
  { path: "/jobs", labelKey: "nav.jobs", permission: "job:read" },
  // The tax authority (issue: the tax authority): payer registration, collection files, arrears,
  // supervision, the fund's income. No letters are left for them.
  { path: "/payers", labelKey: "nav.payers", permission: "payer:read" },
  { path: "/collections", labelKey: "nav.collections", permission: "collection:check" },
  { path: "/arrears", labelKey: "nav.arrears", permission: "arrears:read" },
  { path: "/supervision", labelKey: "nav.supervision", permission: "supervision:read" },
  { path: "/fund-income", labelKey: "nav.fundIncome", permission: "fund-report:read" },
  // What every staff member reads.
  { path: "/calendar", labelKey: "nav.calendar", permission: "calendar:read", keys: "Alt+C" },
  { path: "/parameters", labelKey: "nav.parameters", permission: "parameter:read" },
  { path: "/inbox", labelKey: "nav.inbox", permission: "staff-inbox:read", keys: "Alt+I" },
];

/** 我的账号: every staff member's own password, second factor and sessions. */
export const accountArea = { path: "/account", labelKey: "nav.account", keys: "Alt+M" } as const;

export const signOutKeys = "Alt+L";

export function workAreasFor(role: StaffRole): WorkArea[] {
  return workAreas.filter((area) => hasPermission(role, area.permission));
}

/** Where a role starts after login: its first work area, or its account for a role with none. */
export function homeFor(role: StaffRole): string {
  return workAreasFor(role)[0]?.path ?? accountArea.path;
}
