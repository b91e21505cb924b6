import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, migrateDatabase, seedDemoData } from "@yibao/db";
import { createTestDatabase } from "@yibao/db/testing";

/** A database a measurement opens by `where` (a URL or PGlite's data directory), and drops after. */
export interface BenchDatabase {
  where: string;
  drop(): Promise<void>;
}

/**
 * The demo county, as the tests seed it (`seedDemoData` at the benchmark's moment), made in this
 * process so that the measuring process only opens it: on PostgreSQL a fresh database from
 * `createTestDatabase`; on PGlite a data directory of its own in the system's temporary folder,
 * as the server keeps PGlite (`PGLITE_DIR`), since a PGlite in memory cannot be handed to
 * another process.
 */
export async function seededDatabase(
  kind: "postgres" | "pglite",
  now: Date,
): Promise<BenchDatabase> {
  const seed = (database: Parameters<typeof seedDemoData>[0]) => seedDemoData(database, { now });
  if (kind === "postgres") {
    const test = await createTestDatabase("postgres", {
      seeded: { key: "demo-county@bench-batches", seed },
    });
    return { where: test.databaseUrl ?? "", drop: () => test.drop() };
  }
  const pgliteDir = await mkdtemp(path.join(tmpdir(), "yibao-bench-pglite-"));
  const drop = () => rm(pgliteDir, { recursive: true, force: true });
  try {
    const database = await createDatabase({ pgliteDir });
    try {
      await migrateDatabase(database);
      await seed(database);
    } finally {
      await database.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { where: pgliteDir, drop };
}

/** An empty database on PostgreSQL, for the ceiling's scratch tables. */
export async function emptyPostgres(): Promise<BenchDatabase> {
  const test = await createTestDatabase("postgres", { migrated: false });
  return { where: test.databaseUrl ?? "", drop: () => test.drop() };
}
