import { accountMatrix } from "./account";
import { calendarAndParametersMatrix } from "./calendar-and-parameters";
import { dashboardAndInboxMatrix } from "./dashboard-and-inbox";
import { deliveriesAndJobsMatrix } from "./deliveries-and-jobs";
import { employerBatchQueueMatrix } from "./employer-batch-queue";
import { employerPortalMatrix } from "./employer-portal";
import type { Entry } from "./matrix-entry";
import { ratingsMatrix } from "./ratings";
import { taxMatrix } from "./tax";

/** Running the card service (issue: service operations) and the account, one file an area. */
export const serviceOperationsMatrix: Record<string, Entry> = {
  ...calendarAndParametersMatrix,
  ...deliveriesAndJobsMatrix,
  ...dashboardAndInboxMatrix,
  ...ratingsMatrix,
  ...accountMatrix,
  ...employerBatchQueueMatrix,
  ...employerPortalMatrix,
  ...taxMatrix,
};
