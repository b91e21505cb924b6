import type { ServiceContext, SystemActor } from "../../context";

/**
 * Work a request hands to the job queue through the API's `jobs` port, by name, with its input:
 * the use case the queue's worker runs (`@yibao/jobs` makes each a queue), as the system.
 */
export interface SentJob {
  /** `area.verb-noun`, the queue's name. */
  name: string;
  /** Returns the facts worth keeping on the job row (counts), as scheduled jobs do. */
  run(ctx: ServiceContext<SystemActor>, data: unknown): Promise<Record<string, number> | undefined>;
}
