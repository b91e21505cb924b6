import type { Database } from "@yibao/db";
import { type JobWithMetadata, PgBoss } from "pg-boss";
import type { JobDefinition } from "./job-definition";
import { jobDefinitions } from "./job-definitions";
import { queueConnection } from "./queue-connection";

/** The part of the server's logger the queue writes to (pino's signature). */
export interface JobLogger {
  error(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface CreateJobQueueOptions {
  database: Database;
  /** The PostgreSQL URL (the server's DATABASE_URL), where pg-boss opens its own pool. */
  databaseUrl?: string;
  /** The jobs this queue runs; every one of `jobDefinitions` when omitted. */
  jobs?: readonly JobDefinition[];
  logger?: JobLogger;
  /** The clock each run is handed; the system clock when omitted. */
  now?: () => Date;
  /** Seconds between a worker's polls for due jobs (pg-boss's default, 2, when omitted). */
  pollingIntervalSeconds?: number;
  /**
   * False for a process that only serves requests (`--no-jobs`): it sends jobs, for the others to
   * run, but works none and keeps no schedule. True when omitted.
   */
  workers?: boolean;
}

export interface JobQueue {
  /**
   * Installs or upgrades pg-boss's tables (schema `pgboss`), creates each job's queue with its
   * retry policy, keeps its schedule and starts its worker. Safe in every process at once.
   */
  start(): Promise<void>;
  /** Lets running jobs finish (30 seconds at most), then stops the workers and the schedules. */
  stop(): Promise<void>;
  /** Queues one run of a job now, with what it needs (ids); answers the job's id. */
  send(name: string, data?: Record<string, string>): Promise<string | null>;
  /** A job as pg-boss keeps it: its state, retries and output (the error, when it failed). */
  findJob(name: string, id: string): Promise<JobWithMetadata | null>;
}

/** Yibao's background work on pg-boss: a queue in the database, so each job runs once. */
export function createJobQueue(options: CreateJobQueueOptions): JobQueue {
  const { database, logger } = options;
  const jobs = options.jobs ?? jobDefinitions;
  const now = options.now ?? (() => new Date());
  const workers = options.workers ?? true;
  const boss = new PgBoss({
    ...queueConnection(database, options.databaseUrl),
    // A process that works no job keeps no schedule and leaves maintenance to those that do.
    ...(workers ? {} : { schedule: false, supervise: false }),
  });
  // An EventEmitter's unheard "error" would end the process.
  boss.on("error", (error) => logger?.error({ err: error }, "job queue error"));
  boss.on("warning", (warning) => logger?.warn({ data: warning.data }, warning.message));

  async function startJob(job: JobDefinition): Promise<void> {
    const retry = {
      retryLimit: job.retry.limit,
      retryDelay: job.retry.delaySeconds,
      retryBackoff: job.retry.backoff,
    };
    await boss.createQueue(job.name, retry);
    // createQueue leaves an existing queue as it was; a changed retry policy takes effect here.
    await boss.updateQueue(job.name, retry);
    if (!workers) return;
    // The schedule lives in the database: every process keeps it, one job is sent per occurrence.
    if (job.schedule) await boss.schedule(job.name, job.schedule, null, { missed: "once" });
    else await boss.unschedule(job.name);
    const workOptions =
      options.pollingIntervalSeconds === undefined
        ? {}
        : { pollingIntervalSeconds: options.pollingIntervalSeconds };
    await boss.work(job.name, workOptions, async ([claimed]) => {
      if (!claimed) return undefined;
      try {
        return await job.run({ database, now: now(), data: claimed.data });
      } catch (error) {
        logger?.error(
          { err: error, job: job.name, jobId: claimed.id, retryCount: claimed.retryCount },
          "job failed",
        );
        throw error;
      }
    });
  }

  return {
    async start() {
      await boss.start();
      for (const job of jobs) await startJob(job);
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 30_000 });
    },
    send: (name, data) => boss.send(name, data ?? null),
    async findJob(name, id) {
      const [job] = await boss.findJobs<object>(name, { id });
      return job ?? null;
    },
  };
}
