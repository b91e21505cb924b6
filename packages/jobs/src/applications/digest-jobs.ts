import { sendMorningDigest, systemContext } from "@yibao/api";
import type { JobDefinition } from "../job-definition";

const morningDigestJob = "applications.morning-digest";

/**
 * Each morning at 08:00 China time (00:00 UTC): on a working day, the digest of what is due
 * today, overdue and escalated, to the service points' and the county centre's clerks. A retry or
 * a second run the same day sends nothing more (one dedupe key a person a day).
 */
export const morningDigest: JobDefinition = {
  name: morningDigestJob,
  schedule: "0 0 * * *",
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  run: ({ database, now }) => sendMorningDigest(systemContext(database, now, morningDigestJob)),
};

/** The working morning's digest to service points and the county centre. */
export const digestJobs: readonly JobDefinition[] = [morningDigest];
