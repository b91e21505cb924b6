import type { Database } from "@yibao/db";
import type { JobPort } from "../context";
import { sentJobs } from "../services/jobs/sent-jobs";
import { systemContext } from "../services/system-context";

export type TestJobPort = ReturnType<typeof createTestJobPort>;

/**
 * The API's job port as a test drives it: a sent job waits in `queued` until the test runs it with
 * `runQueued`, the way the queue's worker would (the same use case, as the system, on the same
 * database), so that a test can look at what a request left before the job runs.
 */
export function createTestJobPort(database: Pick<Database, "prisma" | "protector">) {
  const queued: Array<{ name: string; data: Record<string, string> }> = [];
  const port: JobPort = {
    async send(name, data) {
      queued.push({ name, data });
    },
  };
  return {
    port,
    queued,
    /** Runs every job sent so far, oldest first, at `now`; answers each one's output. */
    async runQueued(now: Date) {
      const outputs: Array<Record<string, number> | undefined> = [];
      for (let job = queued.shift(); job; job = queued.shift()) {
        const definition = sentJobs.find((sent) => sent.name === job?.name);
        if (!definition) throw new Error(`no job is named ${job.name}`);
        outputs.push(await definition.run(systemContext(database, now, job.name), job.data));
      }
      return outputs;
    },
  };
}
