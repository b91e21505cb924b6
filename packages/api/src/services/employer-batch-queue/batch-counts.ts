import type { ApplicationStatus } from "@yibao/domain";

/** How a batch's cards stand: the centre's queue and the batch page show the same figures. */
export interface BatchCounts {
  applications: number;
  /** Not yet decided: submitted, or waiting for the employee's materials. */
  toDecide: number;
  /** Approved, whatever happened since (made, collected, uncollected). */
  accepted: number;
  refused: number;
  ready: number;
  withEmployer: number;
  collected: number;
}

const notAccepted: readonly ApplicationStatus[] = [
  "SUBMITTED",
  "NEEDS_MATERIALS",
  "REFUSED",
  "WITHDRAWN",
];

/** The figures of a batch from its applications' statuses, with how many are in each. */
export function batchCountsOf(
  byStatus: Iterable<{ status: ApplicationStatus; count: number }>,
): BatchCounts {
  const counts: BatchCounts = {
    applications: 0,
    toDecide: 0,
    accepted: 0,
    refused: 0,
    ready: 0,
    withEmployer: 0,
    collected: 0,
  };
  for (const { status, count } of byStatus) {
    counts.applications += count;
    if (status === "SUBMITTED" || status === "NEEDS_MATERIALS") counts.toDecide += count;
    if (!notAccepted.includes(status)) counts.accepted += count;
    if (status === "REFUSED") counts.refused += count;
    if (status === "READY_FOR_PICKUP") counts.ready += count;
    if (status === "WITH_EMPLOYER") counts.withEmployer += count;
    if (status === "COLLECTED") counts.collected += count;
  }
  return counts;
}
