import type { Prisma } from "@yibao/db";
import { chinaToday, type FollowUpListStatus } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";
import {
  closerNames,
  type FollowUpRow,
  followUpInclude,
  followUpScopeWhere,
  followUpView,
} from "./follow-up-view";

type Segment = "OPEN" | "CLOSED";

/** Open ones by due date, the most pressing first; closed ones the latest first. */
const segmentOrder: Record<Segment, Prisma.RatingFollowUpOrderByWithRelationInput[]> = {
  OPEN: [{ dueDate: "asc" }, { id: "asc" }],
  CLOSED: [{ closedAt: "desc" }, { id: "desc" }],
};

/** `<segment>.<id>`: where the next page starts, so a follow-up closed meanwhile moves nothing. */
export const followUpCursorPattern =
  /^(OPEN|CLOSED)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function after(
  segment: Segment,
  cursor: { id: string; dueDate: Date; closedAt: Date | null } | null,
): Prisma.RatingFollowUpWhereInput {
  if (segment === "OPEN") {
    return {
      closedAt: null,
      ...(cursor
        ? {
            OR: [
              { dueDate: { gt: cursor.dueDate } },
              { dueDate: cursor.dueDate, id: { gt: cursor.id } },
            ],
          }
        : {}),
    };
  }
  return {
    closedAt: { not: null },
    ...(cursor?.closedAt
      ? {
          OR: [
            { closedAt: { lt: cursor.closedAt } },
            { closedAt: cursor.closedAt, id: { lt: cursor.id } },
          ],
        }
      : {}),
  };
}

/**
 * The county centre's follow-ups of bad ratings, a page at a time: open ones first by due date,
 * then (for ALL) the closed ones. Each page shows people's names and phone numbers, so each is
 * one audit entry naming the people listed.
 */
export async function listFollowUps(
  ctx: ServiceContext<StaffActor>,
  input: { status: FollowUpListStatus; cursor?: string | undefined; limit?: number | undefined },
) {
  const pageSize = input.limit ?? 20;
  const segments: Segment[] = input.status === "ALL" ? ["OPEN", "CLOSED"] : [input.status];
  const [cursorSegment, cursorId] = (input.cursor?.split(".") ?? []) as [Segment?, string?];
  const cursorRow = cursorId
    ? await ctx.prisma.ratingFollowUp.findFirst({
        where: { id: cursorId, ...followUpScopeWhere(ctx.scope) },
        select: { id: true, dueDate: true, closedAt: true },
      })
    : null;
  const start = cursorSegment ? Math.max(0, segments.indexOf(cursorSegment)) : 0;
  const found: Array<{ row: FollowUpRow; segment: Segment }> = [];
  for (const segment of segments.slice(start)) {
    if (found.length > pageSize) break;
    const rows = await ctx.prisma.ratingFollowUp.findMany({
      where: {
        ...followUpScopeWhere(ctx.scope),
        ...after(segment, segment === cursorSegment ? cursorRow : null),
      },
      orderBy: segmentOrder[segment],
      take: pageSize + 1 - found.length,
      include: followUpInclude,
    });
    found.push(...rows.map((row) => ({ row, segment })));
  }
  const page = found.slice(0, pageSize);
  const last = page.at(-1);
  const today = chinaToday(ctx.now);
  const names = await closerNames(
    ctx.prisma,
    page.map(({ row }) => row),
  );
  await recordActorEvent(ctx.prisma, ctx, {
    action: "follow-up.read",
    subjectPersonId: null,
    detail: {
      status: input.status,
      rows: page.length,
      personIds: [...new Set(page.map(({ row }) => row.personId))].join(","),
    },
  });
  return {
    items: page.map(({ row }) => followUpView(ctx, row, today, names)),
    nextCursor: found.length > pageSize && last ? `${last.segment}.${last.row.id}` : null,
  };
}
