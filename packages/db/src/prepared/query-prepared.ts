import { createHash } from "node:crypto";
import type pg from "pg";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

interface PreparedPool {
  pool: pg.Pool;
  /** False behind a pooler that cannot keep a connection's statements (`?pgbouncer=true`). */
  named: boolean;
}

// The pool behind a client that `openPostgresDatabase` opened: kept beside the client rather
// than on it, as `registerMigrationConnector` keeps its connector.
const pools = new WeakMap<PrismaClient, PreparedPool>();

export function registerPreparedPool(prisma: PrismaClient, pool: pg.Pool, named: boolean): void {
  pools.set(prisma, { pool, named });
}

/**
 * Whether the URL asks for no named statements: `?pgbouncer=true`, the convention Prisma's users
 * know, for PgBouncer in transaction mode before 1.21 (Debian 12 has 1.18), which hands each
 * transaction whatever server connection is free, where a statement prepared on another is
 * missing.
 */
export function namesStatements(databaseUrl: string): boolean {
  try {
    return new URL(databaseUrl).searchParams.get("pgbouncer") !== "true";
  } catch {
    return true;
  }
}

// One name per text: PostgreSQL keeps a named statement per connection, and refuses a second
// text under a name it already holds.
const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `yibao_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A hot read (a page every signed-in person opens) as a named prepared statement on
 * PostgreSQL: each connection parses and plans it once, not on every request, and the rows come
 * straight from `pg`, without Prisma's own work per call (docs/benchmarks.md, "Account
 * summary"). Not inside a transaction: the statement goes to whichever connection of the pool
 * is free. Behind PgBouncer in transaction mode (`?pgbouncer=true` on the URL) it goes unnamed,
 * planned every time. On PGlite, where nothing crosses a wire, it is the same statement through
 * Prisma.
 *
 * The rows are `pg`'s: `bigint` and `numeric` columns arrive as strings, `timestamptz` as
 * `Date`; a caller maps them with `Number(…)` and `new Date(…)`, as it would Prisma's.
 */
export async function queryPrepared<Row>(prisma: PrismaClient, sql: Prisma.Sql): Promise<Row[]> {
  const prepared = pools.get(prisma);
  if (!prepared) return prisma.$queryRaw<Row[]>(sql);
  const { text, values } = sql;
  const result = await prepared.pool.query(
    prepared.named ? { name: nameOf(text), text, values } : { text, values },
  );
  return result.rows as Row[];
}
