import { resumeBatchChecks, sentJobs, systemContext } from "@yibao/api";
import type { JobDefinition } from "../job-definition";

// A check that fails (the database away a moment) is tried again soon: an agent is waiting.
const retry = { limit: 3, delaySeconds: 15, backoff: true } as const;

/**
 * The work requests send (`sentJobs` of @yibao/api: an employer's batch check), one queue each,
 * run with what they were sent; no schedule.
 */
export const sentJobDefinitions: readonly JobDefinition[] = sentJobs.map((job) => ({
  name: job.name,
  retry,
  run: ({ database, now, data }) => job.run(systemContext(database, now, job.name), data),
}));

/** Every five minutes: the checks whose job was lost between the request's commit and its send. */
export const resumeBatchChecksJob: JobDefinition = {
  name: "employers.resume-batch-checks",
  schedule: "*/5 * * * *",
  retry,
  run: ({ database, now }) =>
    resumeBatchChecks(systemContext(database, now, "employers.resume-batch-checks")),
};

/** Employers' batches: their checks as sent, and the sweep that finishes any lost one. */
export const employerJobs: readonly JobDefinition[] = [...sentJobDefinitions, resumeBatchChecksJob];
