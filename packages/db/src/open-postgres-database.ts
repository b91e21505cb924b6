import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { type Database, registerMigrationConnector } from "./database";
import { PrismaClient } from "./generated/prisma/client";
import { postgresMigrationConnection } from "./migrations/migration-connection";
import { namesStatements, registerPreparedPool } from "./prepared/query-prepared";
import type { DataProtector } from "./protection/data-protector";

export function openPostgresDatabase(
  databaseUrl: string,
  poolSize: number,
  protector: DataProtector,
): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle connection the server ends (a restart, a dropped test database) is replaced by the
  // pool on the next query; unhandled, its error would bring the process down.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  registerPreparedPool(prisma, pool, namesStatements(databaseUrl));
  const database: Database = {
    kind: "postgres",
    prisma,
    protector,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
  registerMigrationConnector(database, () => postgresMigrationConnection(databaseUrl));
  return database;
}
