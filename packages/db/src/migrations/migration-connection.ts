import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** Just enough SQL for the migration runner. */
export interface SqlSession {
  /** Runs a script of one or more statements, without parameters. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** One connection that the migration runner owns until `release()`. */
export interface MigrationConnection extends SqlSession {
  transaction<T>(run: (session: SqlSession) => Promise<T>): Promise<T>;
  release(): Promise<void>;
}

function pgliteSession(db: Pick<PGlite, "exec" | "query">): SqlSession {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<Row>(sql: string, params?: unknown[]) {
      return (await db.query<Row>(sql, params)).rows;
    },
  };
}

/** PGlite has one connection; PGlite's own transaction queues the client's queries meanwhile. */
export function pgliteMigrationConnection(pglite: PGlite): MigrationConnection {
  return {
    ...pgliteSession(pglite),
    transaction: (run) => pglite.transaction((tx) => run(pgliteSession(tx))),
    release: async () => {},
  };
}

// The key Prisma's schema engine locks, so this runner and Prisma's CLI never migrate one
// database at the same time.
const prismaMigrateLockKey = 72707369;

/** A dedicated connection holding Prisma's migration advisory lock until released. */
export async function postgresMigrationConnection(
  databaseUrl: string,
): Promise<MigrationConnection> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const session: SqlSession = {
    async exec(sql) {
      // Without parameters node-postgres uses the simple query protocol, which accepts a
      // script of many statements.
      await client.query(sql);
    },
    async query<Row>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as Row[];
    },
  };
  try {
    await client.query("SET lock_timeout = '60s'");
    await client.query("SELECT pg_advisory_lock($1)", [prismaMigrateLockKey]);
    await client.query("RESET lock_timeout");
  } catch (error) {
    await client.end();
    throw error;
  }
  return {
    ...session,
    async transaction(run) {
      await client.query("BEGIN");
      try {
        const result = await run(session);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    // Ending the session releases the advisory lock.
    release: () => client.end(),
  };
}
