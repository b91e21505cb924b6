import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { type Database, registerMigrationConnector } from "./database";
import { PrismaClient } from "./generated/prisma/client";
import { postgresMigrationConnection } from "./migrations/migration-connection";

export function openPostgresDatabase(databaseUrl: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const database: Database = {
    kind: "postgres",
    prisma,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
  registerMigrationConnector(database, () => postgresMigrationConnection(databaseUrl));
  return database;
}
