import type { Prisma } from "@yibao/db";
import { type AuditAction, maskResidentId, startOfChinaDay } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";

export interface AuditFilter {
  residentId?: string | undefined;
  /** A staff username. */
  actor?: string | undefined;
  action?: AuditAction | undefined;
  /** 'YYYY-MM-DD', days in China's time zone, both ends included. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditEntryView {
  seq: number;
  at: string;
  actorKind: string;
  actor: string | null;
  actorRole: string | null;
  action: string;
  subject: { name: string; maskedResidentId: string } | null;
  result: string;
  clientAddress: string | null;
  reason: string | null;
  detail: Record<string, unknown> | null;
}

/** The filter as a query: a person through the blind index, an actor through their username. */
async function whereOf(
  ctx: ServiceContext<StaffActor>,
  filter: AuditFilter,
): Promise<Prisma.AuditEventWhereInput | null> {
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.residentId) {
    const person = await ctx.prisma.person.findUnique({
      where: { residentIdIndex: ctx.protector.residentIdIndex(filter.residentId) },
      select: { id: true },
    });
    if (!person) return null;
    where.subjectPersonId = person.id;
  }
  if (filter.actor) {
    const user = await ctx.prisma.staffUser.findUnique({
      where: { username: filter.actor },
      select: { id: true },
    });
    if (!user) return null;
    where.actorId = user.id;
  }
  if (filter.action) where.action = filter.action;
  if (filter.from || filter.to) {
    where.occurredAt = {
      ...(filter.from ? { gte: startOfChinaDay(filter.from) } : {}),
      ...(filter.to ? { lt: new Date(startOfChinaDay(filter.to).getTime() + 86_400_000) } : {}),
    };
  }
  return where;
}

/**
 * Entries of the audit trail that match the filter, newest first, a page at a time (keyset on
 * the sequence number). Subjects are shown by name and masked number; actors by username, or
 * masked number for citizens.
 */
export async function findAuditEntries(
  ctx: ServiceContext<StaffActor>,
  filter: AuditFilter,
  page: { cursor?: number | undefined; limit: number },
): Promise<{ items: AuditEntryView[]; nextCursor: number | null }> {
  const where = await whereOf(ctx, filter);
  if (!where) return { items: [], nextCursor: null };
  const rows = await ctx.prisma.auditEvent.findMany({
    where: { ...where, ...(page.cursor ? { seq: { lt: BigInt(page.cursor) } } : {}) },
    orderBy: { seq: "desc" },
    take: page.limit + 1,
  });
  const shown = rows.slice(0, page.limit);
  const personIds = new Set<string>();
  const staffIds = new Set<string>();
  for (const row of shown) {
    if (row.subjectPersonId) personIds.add(row.subjectPersonId);
    if (row.actorId && row.actorKind === "CITIZEN") personIds.add(row.actorId);
    if (row.actorId && row.actorKind === "STAFF") staffIds.add(row.actorId);
  }
  const [people, staff] = await Promise.all([
    ctx.prisma.person.findMany({
      where: { id: { in: [...personIds] } },
      select: { id: true, name: true, residentIdSealed: true },
    }),
    ctx.prisma.staffUser.findMany({
      where: { id: { in: [...staffIds] } },
      select: { id: true, username: true },
    }),
  ]);
  const personById = new Map(
    people.map((person) => [
      person.id,
      {
        name: person.name,
        maskedResidentId: maskResidentId(
          ctx.protector.open(person.residentIdSealed, "person.resident-id"),
        ),
      },
    ]),
  );
  const usernameById = new Map(staff.map((user) => [user.id, user.username]));
  const items = shown.map((row) => ({
    seq: Number(row.seq),
    at: row.occurredAt.toISOString(),
    actorKind: row.actorKind,
    actor:
      row.actorKind === "STAFF"
        ? (usernameById.get(row.actorId ?? "") ?? null)
        : row.actorKind === "CITIZEN"
          ? (personById.get(row.actorId ?? "")?.maskedResidentId ?? null)
          : null,
    actorRole: row.actorRole,
    action: row.action,
    subject: row.subjectPersonId ? (personById.get(row.subjectPersonId) ?? null) : null,
    result: row.result,
    clientAddress: row.clientAddress,
    reason: row.reason,
    detail: (row.detail as Record<string, unknown> | null) ?? null,
  }));
  return {
    items,
    nextCursor: rows.length > page.limit ? (items.at(-1)?.seq ?? null) : null,
  };
}
