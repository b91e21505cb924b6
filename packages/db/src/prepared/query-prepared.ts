import { createHash } from "node:crypto";
import type pg from "pg";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

// The pool behind a client that `openPostgresDatabase` opened: kept beside the client rather
// than on it, as `registerMigrationConnector` keeps its connector.
const pools = new WeakMap<PrismaClient, pg.Pool>();

export function registerPreparedPool(prisma: PrismaClient, pool: pg.Pool): void {
  pools.set(prisma, pool);
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
 * is free. On PGlite, where nothing crosses a wire, it is the same statement through Prisma.
 *
 * The rows are `pg`'s: `bigint` and `numeric` columns arrive as strings, `timestamptz` as
 * `Date`; a caller maps them with `Number(…)` and `new Date(…)`, as it would Prisma's.
 */
export async function queryPrepared<Row>(prisma: PrismaClient, sql: Prisma.Sql): Promise<Row[]> {
  const pool = pools.get(prisma);
  if (!pool) return prisma.$queryRaw<Row[]>(sql);
  const result = await pool.query({ name: nameOf(sql.text), text: sql.text, values: sql.values });
  return result.rows as Row[];
}
