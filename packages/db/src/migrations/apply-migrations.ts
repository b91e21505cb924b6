import { createHash, randomUUID } from "node:crypto";
import type { MigrationConnection } from "./migration-connection";
import { defaultMigrationsDirectory, readMigrationList } from "./migration-list";

interface Migration {
  name: string;
  script: string;
  /** Prisma's checksum: the SHA-256 of the script, hex. */
  checksum: string;
}

// Migration files do not change while a process runs; reading them once keeps fresh test
// databases fast.
const migrationCache = new Map<string, Promise<Migration[]>>();

async function readMigrations(migrationsDirectory: string): Promise<Migration[]> {
  const list = await readMigrationList(migrationsDirectory);
  return list.migrationDirectories.map(({ path, migrationFile }) => {
    if (migrationFile.content.tag === "error") {
      throw new Error(`Cannot read migration ${path}: ${migrationFile.content.value}`);
    }
    const script = migrationFile.content.value;
    return { name: path, script, checksum: createHash("sha256").update(script).digest("hex") };
  });
}

function cachedMigrations(migrationsDirectory: string): Promise<Migration[]> {
  let migrations = migrationCache.get(migrationsDirectory);
  if (!migrations) {
    migrations = readMigrations(migrationsDirectory);
    migrationCache.set(migrationsDirectory, migrations);
  }
  return migrations;
}

// Prisma's own table, so `prisma migrate status` and `migrate deploy` agree with this runner.
const createMigrationsTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface ApplyMigrationsResult {
  appliedMigrationNames: string[];
}

/**
 * Applies the pending migrations in name order, as `prisma migrate deploy` does, recording each
 * in `_prisma_migrations`. Unlike Prisma, each migration runs in one transaction with its
 * record, so a failure leaves neither half a schema nor a failed record behind. (Prisma's
 * WebAssembly engine can apply over a driver adapter, but the adapters split scripts at every
 * `;` or do not await them.)
 */
export async function applyMigrations(
  connection: MigrationConnection,
  migrationsDirectory: string = defaultMigrationsDirectory,
): Promise<ApplyMigrationsResult> {
  const migrations = await cachedMigrations(migrationsDirectory);
  await connection.exec(createMigrationsTable);
  const records = await connection.query<{
    migration_name: string;
    finished_at: Date | null;
    checksum: string;
  }>(
    `SELECT "migration_name", "finished_at", "checksum" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`,
  );
  const failed = records.filter((record) => record.finished_at === null);
  if (failed.length > 0) {
    throw new Error(
      `Migration ${failed.map((record) => record.migration_name).join(", ")} failed earlier; fix the database and mark it rolled back or applied (prisma migrate resolve) before applying more.`,
    );
  }
  // A migration edited after it ran would leave databases that differ while claiming the same history.
  const checksums = new Map(migrations.map((migration) => [migration.name, migration.checksum]));
  const edited = records.filter((record) => {
    const checksum = checksums.get(record.migration_name);
    return checksum !== undefined && checksum !== record.checksum;
  });
  if (edited.length > 0) {
    throw new Error(
      `Migration ${edited.map((record) => record.migration_name).join(", ")} was changed after it was applied; add a new migration instead of editing an applied one.`,
    );
  }
  const applied = new Set(records.map((record) => record.migration_name));
  const appliedMigrationNames: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    await connection.transaction(async (session) => {
      const id = randomUUID();
      await session.query(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count") VALUES ($1, $2, $3, now(), 0)`,
        [id, migration.checksum, migration.name],
      );
      try {
        await session.exec(migration.script);
      } catch (error) {
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      await session.query(
        `UPDATE "_prisma_migrations" SET "finished_at" = clock_timestamp(), "applied_steps_count" = 1 WHERE "id" = $1`,
        [id],
      );
    });
    appliedMigrationNames.push(migration.name);
  }
  return { appliedMigrationNames };
}
