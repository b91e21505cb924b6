import { loadCoveredCalendar as loadWorkingCalendar, Prisma } from "@yibao/db";
import {
  type ApplicationQueue,
  type ApplicationStatus,
  applicationQueues,
  chinaToday,
  isDueToday,
  isOnTheClock,
  isOverdue,
  maskResidentId,
  validateResidentId,
  workingDaysLeft,
} from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";

interface QueueRow {
  id: string;
  reference: string;
  channel: string;
  status: string;
  due_date: Date;
  due_date_provisional: boolean;
  name: string;
  resident_id_sealed: string;
  service_point_code: string;
  service_point_name: string;
}

export interface QueueItem {
  id: string;
  reference: string;
  name: string;
  maskedResidentId: string;
  channel: string;
  status: string;
  dueDate: string;
  dueDateProvisional: boolean;
  workingDaysLeft: number;
  overdue: boolean;
  dueToday: boolean;
  servicePoint: { code: string; name: string };
}

function encodeCursor(row: { due_date: Date; id: string }): string {
  return Buffer.from(`${row.due_date.toISOString().slice(0, 10)}|${row.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { dueDate: string; id: string } {
  const [dueDate, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!dueDate || !id || !/^\d{4}-\d{2}-\d{2}$/.test(dueDate) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new DomainError("VALIDATION_FAILED", { issues: [{ path: ["cursor"], code: "CURSOR" }] });
  }
  return { dueDate, id };
}

/** The scope as a condition: a service point's clerk never sees another point's work. */
async function scopeCondition(
  ctx: ServiceContext<StaffActor>,
  servicePointCode: string | undefined,
): Promise<Prisma.Sql> {
  if (ctx.scope.kind === "SERVICE_POINT") {
    return Prisma.sql`AND a.service_point_id = ${ctx.scope.servicePointId}::uuid`;
  }
  if (!servicePointCode) return Prisma.empty;
  const point = await ctx.prisma.servicePoint.findUnique({ where: { code: servicePointCode } });
  return Prisma.sql`AND a.service_point_id = ${point?.id ?? "00000000-0000-0000-0000-000000000000"}::uuid`;
}

/**
 * One of the counter's queues, soonest due first, a page at a time by keyset (due date, id),
 * never OFFSET: the first and the hundredth page cost the same. A search is a full resident ID
 * (exact, through the blind index) or the start of a name. One round trip.
 */
export async function applicationQueue(
  ctx: ServiceContext<StaffActor>,
  input: {
    queue: ApplicationQueue;
    servicePointCode?: string | undefined;
    search?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
  const today = chinaToday(ctx.now);
  const definition = applicationQueues[input.queue];
  const statuses = Prisma.join(
    definition.statuses.map((status) => Prisma.sql`${status}::application_status`),
  );
  const overdue = definition.overdueOnly
    ? Prisma.sql`AND a.due_date < ${today}::date`
    : Prisma.empty;
  const escalated = definition.escalatedOnly
    ? Prisma.sql`AND a.escalated_at IS NOT NULL`
    : Prisma.empty;
  const scope = await scopeCondition(ctx, input.servicePointCode);
  const search = input.search?.trim() ?? "";
  const residentId = search ? validateResidentId(search) : null;
  const searchCondition = !search
    ? Prisma.empty
    : residentId?.ok
      ? Prisma.sql`AND p.resident_id_index = ${ctx.protector.residentIdIndex(residentId.id)}`
      : Prisma.sql`AND p.name LIKE ${`${search.replace(/[%_\\]/g, "\\$&")}%`}`;
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const keyset = after
    ? Prisma.sql`AND (a.due_date, a.id) > (${after.dueDate}::date, ${after.id}::uuid)`
    : Prisma.empty;
  // One index range per status, each stopped after a page, then merged: a queue of several
  // statuses reads a page, not every open application (docs/benchmarks.md, "Counter queue").
  const rows = await ctx.prisma.$queryRaw<QueueRow[]>`
    SELECT a.id, a.reference, a.channel::text AS channel, a.status::text AS status, a.due_date,
           a.due_date_provisional, a.name, a.resident_id_sealed,
           sp.code AS service_point_code, sp.name AS service_point_name
      FROM unnest(ARRAY[${statuses}]) AS s(status)
     CROSS JOIN LATERAL (
           SELECT a.id, a.reference, a.channel, a.status, a.due_date, a.due_date_provisional,
                  a.service_point_id, p.name, p.resident_id_sealed
             FROM card_application a
             JOIN person p ON p.id = a.person_id
            WHERE a.status = s.status ${overdue} ${escalated} ${scope} ${searchCondition} ${keyset}
            ORDER BY a.due_date, a.id
            LIMIT ${input.limit + 1}) a
      JOIN service_point sp ON sp.id = a.service_point_id
     ORDER BY a.due_date, a.id
     LIMIT ${input.limit + 1}`;
  if (search) {
    // A search by person is a look-up of someone's data: recorded, without the number.
    await recordActorEvent(ctx.prisma, ctx, {
      action: "application.searched",
      subjectPersonId: null,
      detail: { byResidentId: Boolean(residentId?.ok), queue: input.queue, found: rows.length },
    });
  }
  const calendar = await loadWorkingCalendar(ctx.prisma);
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((row) => {
      const dueDate = row.due_date.toISOString().slice(0, 10);
      return {
        id: row.id,
        reference: row.reference,
        name: row.name,
        maskedResidentId: maskResidentId(
          ctx.protector.open(row.resident_id_sealed, "person.resident-id"),
        ),
        channel: row.channel,
        status: row.status,
        dueDate,
        dueDateProvisional: row.due_date_provisional,
        workingDaysLeft: workingDaysLeft(dueDate, today, calendar),
        overdue:
          isOverdue(dueDate, today) &&
          definition.statuses.length > 0 &&
          isOnTheClock(row.status as ApplicationStatus),
        dueToday: isDueToday(dueDate, today),
        servicePoint: { code: row.service_point_code, name: row.service_point_name },
      };
    }),
    nextCursor:
      rows.length > input.limit && page.length > 0 ? encodeCursor(page.at(-1) as QueueRow) : null,
  };
}

/** How many applications each queue holds now, for the sidebar. */
export async function applicationQueueCounts(
  ctx: ServiceContext<StaffActor>,
  input: { servicePointCode?: string | undefined },
): Promise<Record<ApplicationQueue, number>> {
  const today = chinaToday(ctx.now);
  const scope = await scopeCondition(ctx, input.servicePointCode);
  const rows = await ctx.prisma.$queryRaw<
    { status: string; overdue: boolean; escalated: boolean; n: bigint }[]
  >`
    SELECT a.status::text AS status, a.due_date < ${today}::date AS overdue,
           a.escalated_at IS NOT NULL AS escalated, count(*) AS n
      FROM card_application a
     WHERE a.status NOT IN ('REFUSED', 'WITHDRAWN', 'COLLECTED', 'EXPIRED') ${scope}
     GROUP BY 1, 2, 3`;
  const counts = {} as Record<ApplicationQueue, number>;
  for (const [name, definition] of Object.entries(applicationQueues) as [
    ApplicationQueue,
    (typeof applicationQueues)[ApplicationQueue],
  ][]) {
    counts[name] = rows
      .filter(
        (row) =>
          (definition.statuses as readonly string[]).includes(row.status) &&
          (!definition.overdueOnly || row.overdue) &&
          (!definition.escalatedOnly || row.escalated),
      )
      .reduce((sum, row) => sum + Number(row.n), 0);
  }
  return counts;
}
