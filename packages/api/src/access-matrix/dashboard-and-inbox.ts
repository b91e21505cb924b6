import { countyStaffRoles, type Role } from "@yibao/domain";
import { type Entry, noSuchId } from "./matrix-entry";

const counterClerks: readonly Role[] = ["SERVICE_POINT_CLERK", "COUNTY_CENTRE_CLERK"];

/** The SLA dashboard, escalation and the staff inbox. */
export const dashboardAndInboxMatrix: Record<string, Entry> = {
  "staff.dashboard.sla": {
    allowed: counterClerks,
    call: (c) => c.staff.dashboard.sla({ from: "2026-11-01", to: "2026-11-30" }),
  },
  "staff.applications.escalate": {
    allowed: counterClerks,
    call: (c) =>
      c.staff.applications.escalate({
        applicationId: noSuchId,
        version: 1,
        reason: "OVERDUE",
        note: "窗口催办",
      }),
  },
  "staff.inbox.list": { allowed: countyStaffRoles, call: (c) => c.staff.inbox.list({}) },
  "staff.inbox.markRead": {
    allowed: countyStaffRoles,
    call: (c) => c.staff.inbox.markRead({ ids: [noSuchId] }),
    notAudited: "marks the staff member's own messages read; no record of anyone's changes",
  },
};
