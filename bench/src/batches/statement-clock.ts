import type { PrismaClient } from "@yibao/db";
import { createTallies, type Tally } from "./tally";

export interface StatementTime {
  /** Milliseconds with at least one statement in flight. */
  busyMs: number;
  /**
   * By `Model.operation`, or by the raw statement's opening words (`INSERT INTO "person"`): from
   * Prisma's call to its answer, summed (calls in parallel overlap).
   */
  statements: Tally[];
}

export interface StatementClock {
  /** The database's Prisma Client, every operation timed; otherwise the same client. */
  prisma: PrismaClient;
  /** What was timed since the last call, and a fresh start. */
  take(): StatementTime;
}

function labelOf(model: string | undefined, operation: string, args: unknown): string {
  if (model) return `${model}.${operation}`;
  const strings = (args as { strings?: readonly string[] } | undefined)?.strings ?? [];
  const sql = strings.join("$").replace(/\s+/g, " ").trim();
  const table = /^(INSERT INTO|UPDATE|DELETE FROM) ("?[a-z_]+"?)/i.exec(sql);
  if (table) return `${table[1]} ${table[2]}`;
  return sql.split(" ").slice(0, 6).join(" ").slice(0, 60);
}

/**
 * Times every statement the services send through Prisma (a query extension: model operations and
 * `$queryRaw`/`$executeRaw`, inside transactions too), by kind, and the time any was in flight:
 * what the database (and Prisma around it) took of a step, the rest being the service's own
 * work in Node. BEGIN and COMMIT of an interactive transaction are Prisma's and are not seen.
 */
export function createStatementClock(prisma: PrismaClient): StatementClock {
  const tallies = createTallies();
  let busyMs = 0;
  let inFlight = 0;
  let busySince = 0;
  const extended = prisma.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const started = performance.now();
        if (inFlight++ === 0) busySince = started;
        try {
          return await query(args);
        } finally {
          const ended = performance.now();
          if (--inFlight === 0) busyMs += ended - busySince;
          tallies.add(labelOf(model, operation, args), ended - started);
        }
      },
    },
  });
  return {
    // The extended client has the same methods; its type is a different one (Prisma's `$extends`).
    prisma: extended as unknown as PrismaClient,
    take() {
      const time = { busyMs, statements: tallies.take() };
      busyMs = 0;
      return time;
    },
  };
}
