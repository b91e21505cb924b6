import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type Database, registerMigrationConnector } from "./database";
import { PrismaClient } from "./generated/prisma/client";
import { pgliteMigrationConnection } from "./migrations/migration-connection";
import { createDataProtector, type DataProtector } from "./protection/data-protector";
import { readProtectionConfig } from "./protection/protection-config";

/** Wraps an already created PGlite; closing the database closes it. */
export function openPgliteDatabase(
  pglite: PGlite,
  protector: DataProtector = createDataProtector(readProtectionConfig({}, { production: false })),
): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const database: Database = {
    kind: "pglite",
    prisma,
    protector,
    pglite,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
  registerMigrationConnector(database, async () => pgliteMigrationConnection(pglite));
  return database;
}
