import { type Database, openMigrationConnection } from "./database";
import { type ApplyMigrationsResult, applyMigrations } from "./migrations/apply-migrations";

/** Applies the pending migrations of `prisma/migrations` to an open database. */
export async function migrateDatabase(database: Database): Promise<ApplyMigrationsResult> {
  const connection = await openMigrationConnection(database);
  try {
    return await applyMigrations(connection);
  } finally {
    await connection.release();
  }
}
