import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../create-database";
import type { Database } from "../database";
import { Prisma } from "../generated/prisma/client";
import { testDatabaseKinds } from "../testing/config";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { namesStatements, queryPrepared } from "./query-prepared";

const statement = (n: number) => Prisma.sql`SELECT ${n}::int * 2 AS doubled, 'x'::text AS kind`;

describe.each(testDatabaseKinds())("queryPrepared on %s", (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrated: false });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("answers the statement's rows with their values, call after call", async () => {
    for (const n of [1, 2, 3, 21]) {
      const rows = await queryPrepared<{ doubled: number; kind: string }>(
        test.database.prisma,
        statement(n),
      );
      expect(rows).toEqual([{ doubled: n * 2, kind: "x" }]);
    }
  });
});

describe.runIf(testDatabaseKinds().includes("postgres"))("queryPrepared on PostgreSQL", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("postgres", { migrated: false });
  });
  afterAll(async () => {
    await test?.drop();
  });

  // One connection, so that the statements seen are those of the connection the read used.
  async function preparedNamesAfterReads(databaseUrl: string): Promise<string[]> {
    const database: Database = await createDatabase({ databaseUrl, poolSize: 1 });
    try {
      for (const n of [1, 2, 3]) await queryPrepared(database.prisma, statement(n));
      const rows = await database.prisma.$queryRaw<{ name: string }[]>`
        SELECT name FROM pg_prepared_statements`;
      return rows.map((row) => row.name);
    } finally {
      await database.close();
    }
  }

  it("prepares the statement once on the connection and reuses it", async () => {
    const names = await preparedNamesAfterReads(test.databaseUrl ?? "");
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^yibao_[0-9a-f]{24}$/);
  });

  it("names no statement behind PgBouncer in transaction mode (?pgbouncer=true)", async () => {
    const url = new URL(test.databaseUrl ?? "");
    url.searchParams.set("pgbouncer", "true");
    expect(await preparedNamesAfterReads(url.toString())).toEqual([]);
  });

  it("reads the setting from the URL only", () => {
    expect(namesStatements("postgres://db/yibao")).toBe(true);
    expect(namesStatements("postgres://db/yibao?pgbouncer=true")).toBe(false);
    expect(namesStatements("postgres://db/yibao?pgbouncer=false")).toBe(true);
  });
});
