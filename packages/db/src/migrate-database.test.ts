import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate-database";
import { defaultMigrationsDirectory, readMigrationList } from "./migrations/migration-list";
import { withSchemaEngine } from "./migrations/schema-engine";
import { openPgliteDatabase } from "./open-pglite-database";
import {
  createTestDatabase,
  type TestDatabase,
  type TestDatabaseKind,
  testDatabaseKinds,
} from "./testing";

async function migrationFolders(): Promise<string[]> {
  const entries = await readdir(defaultMigrationsDirectory, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** An empty database, plus a driver adapter on it for Prisma's own schema engine. */
async function emptyDatabase(kind: TestDatabaseKind) {
  if (kind === "pglite") {
    const pglite = await PGlite.create();
    const database = openPgliteDatabase(pglite);
    return {
      database,
      prismaEngineAdapter: new PrismaPGlite(pglite) as SqlMigrationAwareDriverAdapterFactory,
      drop: () => database.close(),
    };
  }
  const test = await createTestDatabase(kind, { migrated: false });
  const pool = new pg.Pool({ connectionString: test.databaseUrl, max: 1 });
  return {
    database: test.database,
    prismaEngineAdapter: new PrismaPg(pool),
    drop: async () => {
      await pool.end();
      await test.drop();
    },
  };
}

describe.each(testDatabaseKinds())("migrateDatabase() on %s", (kind) => {
  let test: Awaited<ReturnType<typeof emptyDatabase>>;

  beforeAll(async () => {
    test = await emptyDatabase(kind);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("applies every migration to an empty database, in order", async () => {
    const { appliedMigrationNames } = await migrateDatabase(test.database);
    expect(appliedMigrationNames).toEqual(await migrationFolders());
  });

  it("records them in _prisma_migrations with Prisma's checksums", async () => {
    const rows = await test.database.prisma.$queryRaw<
      Array<{ migration_name: string; checksum: string; finished_at: Date | null }>
    >`SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    const folders = await migrationFolders();
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      const script = await readFile(
        path.join(defaultMigrationsDirectory, row.migration_name, "migration.sql"),
        "utf8",
      );
      expect(row.checksum).toBe(createHash("sha256").update(script).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("leaves a history that Prisma's schema engine reads as up to date", async () => {
    const migrationsList = await readMigrationList(defaultMigrationsDirectory);
    const diagnosis = await withSchemaEngine(test.prismaEngineAdapter, "diagnose", (engine) =>
      engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    expect(diagnosis).toMatchObject({
      history: null,
      failedMigrationNames: [],
      editedMigrationNames: [],
      hasMigrationsTable: true,
    });
  });

  it("does nothing when applied again", async () => {
    const { appliedMigrationNames } = await migrateDatabase(test.database);
    expect(appliedMigrationNames).toEqual([]);
    const [{ count }] = await test.database.prisma.$queryRaw<
      [{ count: number }]
    >`SELECT count(*)::int AS count FROM _prisma_migrations`;
    expect(count).toBe((await migrationFolders()).length);
  });

  it("refuses to go on when an applied migration was edited afterwards", async () => {
    const [first] = await migrationFolders();
    await test.database.prisma
      .$executeRaw`UPDATE _prisma_migrations SET checksum = ${"0".repeat(64)} WHERE migration_name = ${first}`;
    await expect(migrateDatabase(test.database)).rejects.toThrow(/changed after it was applied/);
  });
});

describe.each(testDatabaseKinds())("the schema's CHECK constraints on %s", (kind) => {
  let test: TestDatabase;
  let personId: string;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const { protector } = test.database;
    const person = await test.database.prisma.person.create({
      data: {
        residentIdIndex: protector.residentIdIndex("530125199001010017"),
        residentIdSealed: protector.seal("530125199001010017", "person.resident-id"),
        name: "测试",
        sex: "M",
        birthDate: new Date("1990-01-01T00:00:00Z"),
      },
    });
    personId = person.id;
    await test.database.prisma.account.create({
      data: { personId, balanceFen: 100, openedOn: new Date("2026-01-01T00:00:00Z") },
    });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("refuses a negative account balance", async () => {
    await expect(
      test.database.prisma.account.update({ where: { personId }, data: { balanceFen: -1 } }),
    ).rejects.toThrow(/account_balance_fen_check|constraint/i);
    const account = await test.database.prisma.account.findUniqueOrThrow({ where: { personId } });
    expect(account.balanceFen).toBe(100);
  });

  it("refuses a citizen session that names a staff user instead", async () => {
    const now = new Date();
    await expect(
      test.database.prisma.session.create({
        data: {
          id: "a".repeat(64),
          kind: "CITIZEN",
          lastSeenAt: now,
          idleExpiresAt: now,
          absoluteExpiresAt: now,
        },
      }),
    ).rejects.toThrow(/session_owner_matches_kind_check|constraint/i);
  });

  it("accepts a citizen session that names its person", async () => {
    const now = new Date();
    const session = await test.database.prisma.session.create({
      data: {
        id: "b".repeat(64),
        kind: "CITIZEN",
        personId,
        lastSeenAt: now,
        idleExpiresAt: now,
        absoluteExpiresAt: now,
      },
    });
    expect(session.personId).toBe(personId);
  });

  it("refuses a plain resident ID where only its index or sealed form belongs", async () => {
    const { protector } = test.database;
    await expect(
      test.database.prisma.person.create({
        data: {
          residentIdIndex: "53012519900101002X".padEnd(64, "0"),
          residentIdSealed: protector.seal("53012519900101002X", "person.resident-id"),
          name: "测试",
          sex: "F",
          birthDate: new Date("1990-01-01T00:00:00Z"),
        },
      }),
    ).rejects.toThrow(/person_resident_id_index_check|constraint/i);
    await expect(
      test.database.prisma.person.create({
        data: {
          residentIdIndex: protector.residentIdIndex("53012519900101002X"),
          residentIdSealed: "53012519900101002X",
          name: "测试",
          sex: "F",
          birthDate: new Date("1990-01-01T00:00:00Z"),
        },
      }),
    ).rejects.toThrow(/person_resident_id_sealed_check|constraint/i);
  });
});
