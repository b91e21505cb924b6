import type { Role } from "@yibao/domain";
import { type Entry, noSuchId } from "./matrix-entry";

const counterClerks: readonly Role[] = ["SERVICE_POINT_CLERK", "COUNTY_CENTRE_CLERK"];

/** Service ratings (好差评) and their follow-ups. */
export const ratingsMatrix: Record<string, Entry> = {
  "citizen.ratings.submit": {
    allowed: ["INSURED"],
    call: (c) =>
      c.citizen.ratings.submit({ applicationId: noSuchId, overall: 4, speed: 4, attitude: 5 }),
  },
  "staff.followUps.list": {
    allowed: ["COUNTY_CENTRE_CLERK"],
    call: (c) => c.staff.followUps.list({ status: "OPEN" }),
  },
  "staff.followUps.recordCallBack": {
    allowed: ["COUNTY_CENTRE_CLERK"],
    call: (c) =>
      c.staff.followUps.recordCallBack({
        followUpId: noSuchId,
        outcome: "RESOLVED",
        note: "已电话说明办理时限",
      }),
  },
  // Read by the dashboard, whose readers are the counters (each in its own scope).
  "staff.followUps.ratings": {
    allowed: counterClerks,
    call: (c) => c.staff.followUps.ratings({ from: "2026-11-01", to: "2026-11-30" }),
  },
};
