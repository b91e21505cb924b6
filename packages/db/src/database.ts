import type { PGlite } from "@electric-sql/pglite";
import type { PrismaClient } from "./generated/prisma/client";
import type { MigrationConnection } from "./migrations/migration-connection";
import type { DataProtector } from "./protection/data-protector";

/** An open database: Prisma Client over PGlite (embedded) or PostgreSQL. */
export interface Database {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  /** Seals and opens the personal data kept in it, and computes its blind indexes. */
  protector: DataProtector;
  /** The embedded instance, on PGlite only: the job queue (pg-boss) runs its SQL over it. */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Kept beside the public type rather than on it: only `migrateDatabase` needs it.
const migrationConnectors = new WeakMap<Database, () => Promise<MigrationConnection>>();

export function registerMigrationConnector(
  database: Database,
  connect: () => Promise<MigrationConnection>,
): void {
  migrationConnectors.set(database, connect);
}

export function openMigrationConnection(database: Database): Promise<MigrationConnection> {
  const connect = migrationConnectors.get(database);
  if (!connect) {
    throw new Error("This database was not opened by createDatabase(); it cannot be migrated.");
  }
  return connect();
}
