import {
  batchSheet,
  callerWithSession,
  createTestJobPort,
  newResidentId,
  uploadAs,
} from "@yibao/api/testing";
import { demoEmployerAgents, seedDemoData } from "@yibao/db";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createJobQueue, type JobQueue } from "../create-job-queue";
import { resumeBatchChecksJob, sentJobDefinitions } from "./employer-jobs";

// Wednesday 25 November 2026, 10:00 in China.
const now = new Date("2026-11-25T02:00:00.000Z");
const settled = { timeout: 30_000, interval: 200 };
const rowsOf = (count: number, from: number) =>
  Array.from({ length: count }, (_, index) => [
    `员工${index}`,
    newResidentId(from + index),
    "13700001111",
    "",
  ]);

describe.each(testDatabaseKinds())("employers' batch checks on the job queue on %s", (kind) => {
  let test: TestDatabase;
  let queue: JobQueue | undefined;

  beforeAll(async () => {
    test = await createTestDatabase(kind, {
      seeded: { key: "demo-county@now", seed: (database) => seedDemoData(database, { now }) },
    });
  });
  afterEach(async () => {
    await queue?.stop();
    queue = undefined;
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("runs the check a request sent with its batch's id, on pg-boss, and the report is in the database", async () => {
    const jobs = createTestJobPort(test.database);
    const agent = await callerWithSession(test.database, demoEmployerAgents.teaCompanyAgent, now, {
      jobs,
    });
    const uploadId = await uploadAs(agent.context, batchSheet(rowsOf(1_200, 5_000)), "名单.xlsx");
    const { batchId } = await agent.caller.employer.batches.check({ uploadId });
    expect(jobs.queued).toEqual([{ name: "employers.check-batch", data: { batchId } }]);

    queue = createJobQueue({
      database: test.database,
      databaseUrl: test.databaseUrl,
      jobs: sentJobDefinitions,
      now: () => now,
      pollingIntervalSeconds: 0.5,
    });
    await queue.start();
    const id = await queue.send("employers.check-batch", { batchId });
    if (!id) throw new Error("the job was not queued");
    await vi.waitFor(async () => {
      expect((await queue?.findJob("employers.check-batch", id))?.state).toBe("completed");
    }, settled);
    expect((await queue.findJob("employers.check-batch", id))?.output).toEqual({
      rows: 1_200,
      valid: 1_200,
    });
    expect(await agent.caller.employer.batches.get({ batchId })).toMatchObject({
      status: "CHECKED",
      progress: { done: 1_200, total: 1_200 },
      rows: { total: 1_200, valid: 1_200, invalid: [] },
    });
  });

  it("finishes a check whose job was lost, once it has waited ten minutes", async () => {
    const jobs = createTestJobPort(test.database);
    const agent = await callerWithSession(test.database, demoEmployerAgents.teaCompanyAgent, now, {
      jobs,
    });
    const uploadId = await uploadAs(agent.context, batchSheet(rowsOf(3, 7_000)), "名单.xlsx");
    const { batchId } = await agent.caller.employer.batches.check({ uploadId });
    // The send never reached the queue.
    jobs.queued.splice(0);
    expect(await resumeBatchChecksJob.run({ database: test.database, now })).toEqual({
      resumed: 0,
    });
    const later = new Date(now.getTime() + 11 * 60_000);
    expect(await resumeBatchChecksJob.run({ database: test.database, now: later })).toEqual({
      resumed: 1,
    });
    expect((await agent.caller.employer.batches.get({ batchId })).status).toBe("CHECKED");
  });
});
