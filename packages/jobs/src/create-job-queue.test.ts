import { listFailedJobs } from "@yibao/api";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type CreateJobQueueOptions, createJobQueue, type JobQueue } from "./create-job-queue";
import type { JobDefinition } from "./job-definition";
import { jobDefinitions } from "./job-definitions";
import { securityCleanUp } from "./security/security-clean-up";

const now = new Date("2026-11-25T02:00:00.000Z");
const noRetry = { limit: 0, delaySeconds: 1, backoff: false };
// pg-boss polls at most every half second; the tests wait seconds, not minutes.
const quick = { pollingIntervalSeconds: 0.5 };
const settled = { timeout: 20_000, interval: 100 };

describe.each(testDatabaseKinds())("createJobQueue() on %s", (kind) => {
  let test: TestDatabase;
  const started: JobQueue[] = [];

  async function startQueue(options: Omit<CreateJobQueueOptions, "database" | "databaseUrl">) {
    const queue = createJobQueue({
      database: test.database,
      databaseUrl: test.databaseUrl,
      ...quick,
      ...options,
    });
    started.push(queue);
    await queue.start();
    return queue;
  }

  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((queue) => queue.stop()));
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("runs a sent job with the queue's clock and keeps its output on the job", async () => {
    await test.database.prisma.rateLimitBucket.create({
      data: { key: "old", windowStart: new Date(now.getTime() - 25 * 3600_000), hits: 1 },
    });
    const queue = await startQueue({ jobs: [securityCleanUp], now: () => now });

    const id = await queue.send(securityCleanUp.name);
    if (!id) throw new Error("the job was not queued");
    await vi.waitFor(async () => {
      expect((await queue.findJob(securityCleanUp.name, id))?.state).toBe("completed");
    }, settled);

    expect((await queue.findJob(securityCleanUp.name, id))?.output).toEqual({
      sessions: 0,
      rateLimitBuckets: 1,
      loginThrottles: 0,
      verificationChallenges: 0,
      ecardTokens: 0,
    });
    expect(await test.database.prisma.rateLimitBucket.count()).toBe(0);
  });

  it("retries a failing job after growing delays, then leaves it failed with the error for administrators", async () => {
    const attempts: number[] = [];
    const failing: JobDefinition = {
      name: "test.always-fails",
      retry: { limit: 2, delaySeconds: 1, backoff: true },
      async run() {
        attempts.push(Date.now());
        throw new Error("the test job fails");
      },
    };
    const logged: unknown[] = [];
    const queue = await startQueue({
      jobs: [failing],
      logger: { error: (fields) => logged.push(fields), warn: () => {} },
    });

    const id = await queue.send(failing.name);
    if (!id) throw new Error("the job was not queued");
    await vi.waitFor(async () => {
      expect((await queue.findJob(failing.name, id))?.state).toBe("failed");
    }, settled);

    const job = await queue.findJob(failing.name, id);
    expect(job?.retryCount).toBe(2);
    expect(job?.output).toMatchObject({ message: "the test job fails" });
    expect(attempts).toHaveLength(3);
    expect(logged).toHaveLength(3);
    // Backoff: the first retry waits at least delaySeconds, the second at least twice that.
    const [first = 0, second = 0, third = 0] = attempts;
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(1900);

    // What the staff app's 后台任务 page lists (staff.jobs.failed).
    const { items } = await listFailedJobs(test.database);
    expect(items).toContainEqual({
      id,
      name: failing.name,
      failedAt: expect.any(String),
      queuedAt: expect.any(String),
      retries: 2,
      retryLimit: 2,
      error: "the test job fails",
    });
  });

  it("lists no job that is still to be retried", async () => {
    const failingOnce: JobDefinition = {
      name: "test.retried-later",
      retry: { limit: 1, delaySeconds: 3600, backoff: false },
      async run() {
        throw new Error("fails once, retried in an hour");
      },
    };
    const queue = await startQueue({ jobs: [failingOnce] });
    const id = await queue.send(failingOnce.name);
    if (!id) throw new Error("the job was not queued");
    await vi.waitFor(async () => {
      expect((await queue.findJob(failingOnce.name, id))?.state).toBe("retry");
    }, settled);
    const { items } = await listFailedJobs(test.database);
    expect(items.map((item) => item.id)).not.toContain(id);
  });

  it("keeps one queue and one schedule per job however many processes start", async () => {
    await startQueue({});
    await startQueue({});

    const schedules = await test.database.prisma.$queryRaw<{ name: string; cron: string }[]>`
      SELECT name, cron FROM pgboss.schedule ORDER BY name`;
    const scheduled = jobDefinitions
      .filter((job) => job.schedule !== undefined)
      .map((job) => ({ name: job.name, cron: job.schedule }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(schedules).toEqual(scheduled);
    expect(schedules).toContainEqual({ name: securityCleanUp.name, cron: "*/10 * * * *" });
    const queues = await test.database.prisma.$queryRaw<{ name: string; retry_limit: number }[]>`
      SELECT name, retry_limit FROM pgboss.queue WHERE name = ${securityCleanUp.name}`;
    expect(queues).toEqual([
      { name: securityCleanUp.name, retry_limit: securityCleanUp.retry.limit },
    ]);
  });
});

/**
 * Two instances of the queue, as two server processes would start them. On PostgreSQL each has
 * its own connection pool, as separate processes do. On PGlite they share the one embedded
 * database, which is as far as PGlite goes: it is a single-process database, and a second
 * process cannot open its directory at all (docs/deployment.md: several processes need
 * PostgreSQL).
 */
describe.each(testDatabaseKinds())("two queue instances on one %s database", (kind) => {
  let test: TestDatabase;
  const runs: string[] = [];
  /** The same job as each instance's process defines it, telling which instance ran it. */
  const countedBy = (instance: string): JobDefinition => ({
    name: "test.counted",
    retry: noRetry,
    async run() {
      runs.push(instance);
      // Long enough that both instances are polling while jobs are still being claimed.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return undefined;
    },
  });
  let queues: JobQueue[] = [];

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    queues = ["first", "second"].map((instance) =>
      createJobQueue({
        database: test.database,
        databaseUrl: test.databaseUrl,
        jobs: [countedBy(instance)],
        ...quick,
      }),
    );
    if (kind === "postgres") {
      // Two processes starting at once: pg-boss installs its schema under an advisory lock.
      await Promise.all(queues.map((queue) => queue.start()));
    } else {
      // One after the other over the one embedded connection: pg-boss's install is a
      // transaction, and two of them interleaved on one connection would abort each other.
      for (const queue of queues) await queue.start();
    }
  });
  afterAll(async () => {
    await Promise.all(queues.map((queue) => queue.stop()));
    await test?.drop();
  });

  it("runs each job once, whichever instance claims it", async () => {
    const ids = await Promise.all(
      Array.from({ length: 10 }, (_, index) => queues[index % 2]?.send("test.counted")),
    );
    await vi.waitFor(async () => {
      const states = await Promise.all(
        ids.map((id) => queues[0]?.findJob("test.counted", id ?? "")),
      );
      expect(states.every((job) => job?.state === "completed")).toBe(true);
    }, settled);
    // Two more polling rounds: a second claim of any job would show here.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(runs).toHaveLength(10);
    // Both claimed jobs: each instance polls every half second, and a poll takes one job.
    expect(new Set(runs)).toEqual(new Set(["first", "second"]));
  });
});
