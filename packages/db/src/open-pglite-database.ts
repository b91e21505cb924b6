import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type Database, registerMigrationConnector } from "./database";
import { PrismaClient } from "./generated/prisma/client";
import { pgliteMigrationConnection } from "./migrations/migration-connection";

/** Wraps an already created PGlite; closing the database closes it. */
export function openPgliteDatabase(pglite: PGlite): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const database: Database = {
    kind: "pglite",
    prisma,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
  registerMigrationConnector(database, async () => pgliteMigrationConnection(pglite));
  return database;
}
