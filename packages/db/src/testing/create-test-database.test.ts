import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { testDatabaseKinds, testPostgresUrl } from "./config";
import { createTestDatabase, type TestDatabase } from "./create-test-database";

describe.each(testDatabaseKinds())("createTestDatabase() on %s", (kind) => {
  const created: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(created.map((test) => test.drop()));
  });

  it("gives every call its own migrated, empty database", async () => {
    const first = await createTestDatabase(kind);
    created.push(first);
    await first.database.prisma.servicePoint.create({
      data: { code: "T", name: "测试服务点", kind: "SERVICE_POINT", address: "测试路1号" },
    });
    const second = await createTestDatabase(kind);
    created.push(second);
    expect(await second.database.prisma.servicePoint.count()).toBe(0);
    expect(await first.database.prisma.servicePoint.count()).toBe(1);
  });
});

describe.runIf(testDatabaseKinds().includes("postgres"))("drop() on postgres", () => {
  it("removes the test database from the server", async () => {
    const test = await createTestDatabase("postgres");
    const name = new URL(test.databaseUrl ?? "").pathname.slice(1);
    await test.drop();
    const client = new pg.Client({ connectionString: testPostgresUrl() });
    await client.connect();
    try {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
        name,
      ]);
      expect(rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});
