import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFailedJobs } from "./list-failed-jobs";

// The failures themselves are read in @yibao/jobs' create-job-queue.test.ts, after a real run.
describe.each(testDatabaseKinds())("listFailedJobs() on %s", (kind) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("answers no failures before the job queue ever started in the database", async () => {
    const [schema] = await test.database.prisma.$queryRaw<{ present: boolean }[]>`
      SELECT to_regnamespace('pgboss') IS NOT NULL AS present`;
    expect(schema?.present).toBe(false);
    expect(await listFailedJobs(test.database)).toEqual({ items: [] });
  });
});
