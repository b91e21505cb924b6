import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createDatabase } from "../create-database";
import type { Database } from "../database";
import { migrateDatabase } from "../migrate-database";
import { openPgliteDatabase } from "../open-pglite-database";
import { type TestDatabaseKind, testPostgresUrl } from "./config";

export interface TestDatabase {
  database: Database;
  /** The new database's URL on PostgreSQL; undefined on PGlite, which lives in this process. */
  databaseUrl: string | undefined;
  /** Closes the database and, on PostgreSQL, drops it. */
  drop(): Promise<void>;
}

// Starting PGlite runs initdb, which takes seconds. The first test database of a process is
// migrated and dumped; the next ones start from that dump.
let migratedPgliteImage: Promise<Blob> | undefined;

export interface CreateTestDatabaseOptions {
  /** False gives an empty database, for testing the migrations themselves. Default true. */
  migrated?: boolean;
  /**
   * Data every database of this key starts with (the demo county). On PGlite the first database
   * of a process is seeded and dumped, and the next ones with the same key start from that dump:
   * seeding is done once per process, each database is still its own.
   */
  seeded?: { key: string; seed: (database: Database) => Promise<void> };
}

const seededPgliteImages = new Map<string, Promise<Blob>>();

async function createSeededPgliteDatabase(
  seeded: NonNullable<CreateTestDatabaseOptions["seeded"]>,
): Promise<TestDatabase> {
  const image = seededPgliteImages.get(seeded.key);
  if (image) {
    const database = openPgliteDatabase(await PGlite.create({ loadDataDir: await image }));
    return { database, databaseUrl: undefined, drop: () => database.close() };
  }
  const test = await createPgliteTestDatabase(true);
  const pglite = test.database.pglite as PGlite;
  const dumped = seeded.seed(test.database).then(() => pglite.dumpDataDir("none"));
  seededPgliteImages.set(seeded.key, dumped);
  try {
    await dumped;
  } catch (error) {
    seededPgliteImages.delete(seeded.key);
    await test.drop();
    throw error;
  }
  return test;
}

async function createPgliteTestDatabase(migrated: boolean): Promise<TestDatabase> {
  if (!migrated) {
    const database = openPgliteDatabase(await PGlite.create());
    return { database, databaseUrl: undefined, drop: () => database.close() };
  }
  const image = migratedPgliteImage;
  if (image) {
    const database = openPgliteDatabase(await PGlite.create({ loadDataDir: await image }));
    return { database, databaseUrl: undefined, drop: () => database.close() };
  }
  const pglite = await PGlite.create();
  const database = openPgliteDatabase(pglite);
  const dumped = migrateDatabase(database).then(() => pglite.dumpDataDir("none"));
  migratedPgliteImage = dumped;
  // A failed first attempt must not poison the next one.
  dumped.catch(() => {
    migratedPgliteImage = undefined;
  });
  await dumped;
  return { database, databaseUrl: undefined, drop: () => database.close() };
}

function describeServer(url: URL): string {
  return `${url.protocol}//${url.username ? `${url.username}@` : ""}${url.host}${url.pathname}`;
}

async function adminQuery(sql: string): Promise<void> {
  const serverUrl = new URL(testPostgresUrl());
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  try {
    await admin.connect();
    await admin.query(sql);
  } catch (error) {
    throw new Error(
      `Cannot create a test database on the PostgreSQL server at ${describeServer(serverUrl)}: ${(error as Error).message}. Start that server, or set TEST_POSTGRES_URL to one where the user may CREATE DATABASE, or set YIBAO_TEST_DATABASES=pglite to test on PGlite only.`,
      { cause: error },
    );
  } finally {
    await admin.end().catch(() => {});
  }
}

function urlOf(name: string): string {
  const databaseUrl = new URL(testPostgresUrl());
  databaseUrl.pathname = `/${name}`;
  return databaseUrl.toString();
}

async function openPostgres(name: string): Promise<TestDatabase> {
  const databaseUrl = urlOf(name);
  const database = await createDatabase({ databaseUrl, poolSize: 4 });
  const drop = async () => {
    await database.close();
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  return { database, databaseUrl, drop };
}

// Migrating (and seeding) PostgreSQL takes seconds per file; copying a template takes a fraction.
// Each process makes its templates once — named with its pid, so a later run drops those a
// finished process left behind — and every test database is `CREATE DATABASE … TEMPLATE` of one.
const postgresTemplates = new Map<string, Promise<string>>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function dropAbandonedTemplates(): Promise<void> {
  const admin = new pg.Client({ connectionString: testPostgresUrl() });
  try {
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'yibao_template_%'",
    );
    for (const { datname } of rows) {
      const pid = Number(datname.split("_")[2]);
      if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
      }
    }
  } finally {
    await admin.end().catch(() => {});
  }
}

function postgresTemplate(
  key: string,
  prepare: (database: Database) => Promise<void>,
): Promise<string> {
  const cached = postgresTemplates.get(key);
  if (cached) return cached;
  const made = (async () => {
    await dropAbandonedTemplates();
    const name = `yibao_template_${process.pid}_${randomBytes(4).toString("hex")}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    const template = await openPostgres(name);
    try {
      await prepare(template.database);
    } catch (error) {
      await template.drop();
      throw error;
    }
    // A template may have no open connections while it is copied.
    await template.database.close();
    return name;
  })();
  postgresTemplates.set(key, made);
  made.catch(() => postgresTemplates.delete(key));
  return made;
}

async function createPostgresTestDatabase(
  migrated: boolean,
  seeded: CreateTestDatabaseOptions["seeded"],
): Promise<TestDatabase> {
  const name = `yibao_test_${randomBytes(6).toString("hex")}`;
  if (!migrated) {
    await adminQuery(`CREATE DATABASE "${name}"`);
    return openPostgres(name);
  }
  const template = await postgresTemplate(
    seeded ? `seeded:${seeded.key}` : "migrated",
    async (database) => {
      await migrateDatabase(database);
      if (seeded) await seeded.seed(database);
    },
  );
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return openPostgres(name);
}

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a new database
 * `yibao_test_<random>` on the PostgreSQL server at `TEST_POSTGRES_URL`. Call `drop()` after.
 */
export function createTestDatabase(
  kind: TestDatabaseKind,
  options: CreateTestDatabaseOptions = {},
): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const { seeded } = options;
  if (kind === "pglite") {
    return seeded && migrated
      ? createSeededPgliteDatabase(seeded)
      : createPgliteTestDatabase(migrated);
  }
  return createPostgresTestDatabase(migrated, seeded);
}
