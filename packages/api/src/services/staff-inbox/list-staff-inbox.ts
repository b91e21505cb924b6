import type { Prisma } from "@yibao/db";
import type { ServiceContext, StaffActor } from "../../context";
import { staffInboxWords } from "./staff-inbox-words";

const pageSize = 20;

/** The staff member's own messages, newest first, a page at a time, with the unread count. */
export async function listStaffInbox(
  ctx: ServiceContext<StaffActor>,
  input: { cursor?: string | undefined },
) {
  const own = { staffUserId: ctx.actor.staffUserId };
  // The cursor is the last message shown; someone else's id is no cursor (the first page).
  const cursor = input.cursor
    ? await ctx.prisma.staffNotification.findFirst({ where: { id: input.cursor, ...own } })
    : null;
  const where: Prisma.StaffNotificationWhereInput = {
    ...own,
    ...(cursor
      ? {
          OR: [
            { createdAt: { lt: cursor.createdAt } },
            { createdAt: cursor.createdAt, id: { lt: cursor.id } },
          ],
        }
      : {}),
  };
  const [rows, unread] = await Promise.all([
    ctx.prisma.staffNotification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: pageSize + 1,
    }),
    ctx.prisma.staffNotification.count({ where: { ...own, readAt: null } }),
  ]);
  const page = rows.slice(0, pageSize);
  return {
    items: page.map((row) => ({
      id: row.id,
      at: row.createdAt.toISOString(),
      ...staffInboxWords(row.topic, row.facts),
      read: row.readAt !== null,
      topic: row.topic,
    })),
    unread,
    nextCursor: rows.length > pageSize ? (page.at(-1)?.id ?? null) : null,
  };
}
