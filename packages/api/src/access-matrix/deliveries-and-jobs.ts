import { type Entry, noSuchId } from "./matrix-entry";

/** Undelivered text messages and failed background jobs; the uncollected-card path. */
export const deliveriesAndJobsMatrix: Record<string, Entry> = {
  "staff.deliveries.list": {
    allowed: ["COUNTY_CENTRE_CLERK", "ADMINISTRATOR"],
    call: (c) => c.staff.deliveries.list({}),
  },
  "staff.deliveries.retry": {
    allowed: ["COUNTY_CENTRE_CLERK", "ADMINISTRATOR"],
    call: (c) => c.staff.deliveries.retry({ id: noSuchId }),
  },
  "staff.jobs.failed": { allowed: ["ADMINISTRATOR"], call: (c) => c.staff.jobs.failed() },
  "staff.applications.returnToCentre": {
    allowed: ["SERVICE_POINT_CLERK", "COUNTY_CENTRE_CLERK"],
    call: (c) => c.staff.applications.returnToCentre({ applicationId: noSuchId, version: 1 }),
  },
};
