import { digestJobs } from "./applications/digest-jobs";
import { calendarJobs } from "./calendar/calendar-jobs";
import { cardJobs } from "./cards/card-jobs";
import { employerJobs } from "./employers/employer-jobs";
import type { JobDefinition } from "./job-definition";
import { securityCleanUp } from "./security/security-clean-up";

/** Every job Yibao runs; `createJobQueue` creates a queue, a worker and a schedule for each. */
export const jobDefinitions: readonly JobDefinition[] = [
  securityCleanUp,
  ...calendarJobs,
  ...cardJobs,
  ...digestJobs,
  ...employerJobs,
];
