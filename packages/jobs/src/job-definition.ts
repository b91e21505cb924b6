import type { Database } from "@yibao/db";

/** What a job is lent when it runs. */
export interface JobContext {
  database: Database;
  /** The moment the job runs at: jobs never read the clock themselves, so tests can set it. */
  now: Date;
  /** What the job was sent with (ids, from the API's `jobs` port); none for a scheduled run. */
  data?: unknown;
}

/** How a failed run is tried again; after `limit` retries the job stays failed. */
export interface RetryPolicy {
  limit: number;
  /** Seconds before the first retry (whole seconds: pg-boss stores an integer). */
  delaySeconds: number;
  /** Doubles the delay after each retry, with jitter (pg-boss's `retryBackoff`). */
  backoff: boolean;
}

/** One kind of background work: a pg-boss queue of that name, its worker and its schedule. */
export interface JobDefinition {
  /** `area.verb-noun`, for example `security.clean-up`. */
  name: string;
  /** A cron expression in UTC; omitted for jobs that only run when sent. */
  schedule?: string;
  retry: RetryPolicy;
  /** Returns the facts worth keeping on the job row (counts, ids), or nothing. */
  run(ctx: JobContext): Promise<Record<string, number> | undefined>;
}
