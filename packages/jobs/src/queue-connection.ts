import type { Database } from "@yibao/db";
import { type ConstructorOptions, fromPglite, type PGliteLike } from "pg-boss";

// pg-boss polls, keeps its schedules and does its maintenance on these; requests keep Prisma's pool.
const queuePoolSize = 3;

type QueueConnection = Pick<ConstructorOptions, "db" | "connectionString" | "max" | "backend">;

/**
 * The embedded PGlite under the database. pg-boss needs PGlite itself, not Prisma: its schema
 * scripts hold many statements (`exec`) and its rows keep node-postgres's types, neither of which
 * `prisma.$queryRawUnsafe` gives. Until `Database` exposes the instance (asked of @yibao/db), it
 * is read from the Prisma adapter it was handed to.
 */
function embeddedPglite(database: Database): PGliteLike {
  if (!database.pglite) {
    throw new Error("The job queue cannot reach the embedded PGlite under this database.");
  }
  return database.pglite as unknown as PGliteLike;
}

/**
 * How pg-boss reaches the database: on PostgreSQL a small pool of its own, so several server
 * processes share one queue; on PGlite the one embedded instance, which runs pg-boss's short
 * statements between Prisma's (PGlite serialises them, and pg-boss holds no transaction open).
 */
export function queueConnection(
  database: Database,
  databaseUrl: string | undefined,
): QueueConnection {
  if (database.kind === "pglite") {
    return { db: fromPglite(embeddedPglite(database)), backend: "pglite" };
  }
  if (!databaseUrl) {
    throw new Error(
      "The job queue needs the database URL on PostgreSQL (createJobQueue's databaseUrl), to open its own connections.",
    );
  }
  return { connectionString: databaseUrl, max: queuePoolSize, backend: "postgres" };
}
