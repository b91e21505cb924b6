import { createOutboxMessageGateway } from "@yibao/api";
import { type DataProtector, Prisma, type PrismaClient } from "@yibao/db";
import type { ApplicationQueue, StaffRole } from "@yibao/domain";
import type pg from "pg";
// @yibao/api exports neither the service nor the scope: the benchmark reaches into its source
// so that it times the very function the `staff.applications.queue` procedure calls.
import { scopeOf } from "../../../packages/api/src/access/scope";
import type { ServiceContext, StaffActor } from "../../../packages/api/src/context";
import { applicationQueue } from "../../../packages/api/src/services/applications/application-queue";

export interface QueueCase {
  scope: string;
  role: StaffRole;
  servicePointId: string;
  queue: ApplicationQueue;
}

export interface QueueTiming {
  scope: string;
  queue: ApplicationQueue;
  page: "first" | "deep";
  /** Rows before the page: 0 for the first page. */
  depth: number;
  p50: number;
  p99: number;
  plan: string;
  /** The SQL the service sent for this page, with its values. */
  sql: Prisma.Sql;
  cursor: string | undefined;
}

export interface MeasureOptions {
  warmUp: number;
  calls: number;
  pageSize: number;
  /** How many pages the deep cursor is taken after (fewer when the queue ends before). */
  deepPages: number;
  now: Date;
}

/** A Prisma client that keeps every `$queryRaw` it is given, to EXPLAIN the service's own SQL. */
function capturingPrisma(prisma: PrismaClient, captured: Prisma.Sql[]): PrismaClient {
  return new Proxy(prisma, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property !== "$queryRaw") {
        return typeof value === "function" ? value.bind(target) : value;
      }
      return (strings: TemplateStringsArray, ...values: Prisma.Sql[]) => {
        captured.push(Prisma.sql(strings, ...values));
        return target.$queryRaw(strings, ...values);
      };
    },
  });
}

function contextFor(
  prisma: PrismaClient,
  protector: DataProtector,
  queueCase: QueueCase,
  now: Date,
): ServiceContext<StaffActor> {
  const actor: StaffActor = {
    kind: "STAFF",
    sessionId: "bench",
    staffUserId: "bench",
    role: queueCase.role,
    servicePointId: queueCase.servicePointId,
    institutionId: null,
    stage: "FULL",
    idleExpiresAt: new Date(now.getTime() + 3_600_000),
  };
  return {
    prisma,
    protector,
    messages: createOutboxMessageGateway(protector),
    now,
    actor,
    scope: scopeOf(actor),
    clientAddress: "127.0.0.1",
    production: false,
  } as ServiceContext<StaffActor>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

export async function timeCalls(call: () => Promise<unknown>, warmUp: number, calls: number) {
  for (let i = 0; i < warmUp; i += 1) await call();
  const samples: number[] = [];
  for (let i = 0; i < calls; i += 1) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}

export async function explain(client: pg.Client, query: Prisma.Sql): Promise<string> {
  const result = await client.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`,
    query.values,
  );
  return result.rows.map((row) => row["QUERY PLAN"]).join("\n");
}

/**
 * Times `applicationQueue` for one scope and queue: the first page, then a page after
 * `deepPages` pages walked with the service's own cursors; and EXPLAINs the SQL of each.
 */
export async function measureQueue(
  database: { prisma: PrismaClient; protector: DataProtector },
  client: pg.Client,
  queueCase: QueueCase,
  options: MeasureOptions,
): Promise<QueueTiming[]> {
  const ctx = contextFor(database.prisma, database.protector, queueCase, options.now);
  const page = (cursor: string | undefined, prisma = database.prisma) =>
    applicationQueue(
      { ...ctx, prisma },
      { queue: queueCase.queue, cursor, limit: options.pageSize },
    );

  let cursor: string | undefined;
  let pages = 0;
  while (pages < options.deepPages) {
    const next = (await page(cursor)).nextCursor;
    if (!next) break;
    cursor = next;
    pages += 1;
  }

  const timings: QueueTiming[] = [];
  for (const [kind, at] of [
    ["first", undefined],
    ["deep", cursor],
  ] as const) {
    const captured: Prisma.Sql[] = [];
    const result = await page(at, capturingPrisma(database.prisma, captured));
    const sql = captured.at(-1);
    if (!sql) throw new Error("applicationQueue sent no $queryRaw.");
    if (result.items.length === 0 && kind === "first") {
      throw new Error(`The ${queueCase.queue} queue of ${queueCase.scope} is empty.`);
    }
    const { p50, p99 } = await timeCalls(() => page(at), options.warmUp, options.calls);
    timings.push({
      scope: queueCase.scope,
      queue: queueCase.queue,
      page: kind,
      depth: kind === "first" ? 0 : pages * options.pageSize,
      p50,
      p99,
      plan: await explain(client, sql),
      sql,
      cursor: at,
    });
  }
  return timings;
}
