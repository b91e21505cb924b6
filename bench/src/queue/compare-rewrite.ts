import { Prisma } from "@yibao/db";
import { applicationQueues, chinaToday } from "@yibao/domain";
import type pg from "pg";
import { explain, type QueueTiming, timeCalls } from "./measure-queue";

export interface RewriteTiming {
  scope: string;
  queue: string;
  page: "first" | "deep";
  current: { p50: number; p99: number };
  rewrite: { p50: number; p99: number };
  sameRows: boolean;
  plan: string;
}

/**
 * The proposed form of the queue's SQL: one ordered index scan per status, each stopped after a
 * page (LATERAL … LIMIT), then a sort of at most statuses × (page + 1) rows. PostgreSQL 15 cannot
 * read `status IN (…)` from the (…, status, due_date, id) indexes in due-date order, so the
 * current form sorts every open application in scope for each page.
 */
export function perStatusQueueSql(input: {
  queue: keyof typeof applicationQueues;
  now: Date;
  servicePointId: string | null;
  cursor: string | undefined;
  limit: number;
}): Prisma.Sql {
  const definition = applicationQueues[input.queue];
  const statuses = Prisma.join(
    definition.statuses.map((status) => Prisma.sql`${status}::application_status`),
  );
  const overdue = definition.overdueOnly
    ? Prisma.sql`AND a.due_date < ${chinaToday(input.now)}::date`
    : Prisma.empty;
  const scope = input.servicePointId
    ? Prisma.sql`AND a.service_point_id = ${input.servicePointId}::uuid`
    : Prisma.empty;
  const [dueDate, id] = input.cursor
    ? Buffer.from(input.cursor, "base64url").toString("utf8").split("|")
    : [];
  const keyset =
    dueDate && id
      ? Prisma.sql`AND (a.due_date, a.id) > (${dueDate}::date, ${id}::uuid)`
      : Prisma.empty;
  return Prisma.sql`
    SELECT a.id, a.reference, a.channel::text AS channel, a.status::text AS status, a.due_date,
           a.due_date_provisional, a.name, a.resident_id_sealed,
           sp.code AS service_point_code, sp.name AS service_point_name
      FROM unnest(ARRAY[${statuses}]) AS s(status)
     CROSS JOIN LATERAL (
           SELECT a.id, a.reference, a.channel, a.status, a.due_date, a.due_date_provisional,
                  a.service_point_id, p.name, p.resident_id_sealed
             FROM card_application a
             JOIN person p ON p.id = a.person_id
            WHERE a.status = s.status ${overdue} ${scope} ${keyset}
            ORDER BY a.due_date, a.id
            LIMIT ${input.limit + 1}) a
      JOIN service_point sp ON sp.id = a.service_point_id
     ORDER BY a.due_date, a.id
     LIMIT ${input.limit + 1}`;
}

/** The current SQL (as the service sent it) against the rewrite, raw over one connection. */
export async function compareRewrite(
  client: pg.Client,
  timing: QueueTiming,
  servicePointId: string | null,
  options: { warmUp: number; calls: number; pageSize: number; now: Date },
): Promise<RewriteTiming> {
  const rewrite = perStatusQueueSql({
    queue: timing.queue,
    now: options.now,
    servicePointId,
    cursor: timing.cursor,
    limit: options.pageSize,
  });
  const ids = async (sql: Prisma.Sql) =>
    (await client.query<{ id: string }>(sql.text, sql.values)).rows.map((row) => row.id).join();
  const sameRows = (await ids(timing.sql)) === (await ids(rewrite));
  const run = (sql: Prisma.Sql) => () => client.query(sql.text, sql.values);
  return {
    scope: timing.scope,
    queue: timing.queue,
    page: timing.page,
    current: await timeCalls(run(timing.sql), options.warmUp, options.calls),
    rewrite: await timeCalls(run(rewrite), options.warmUp, options.calls),
    sameRows,
    plan: await explain(client, rewrite),
  };
}
