import type { Prisma } from "@yibao/db";
import { type ApplicationStatus, applicationStatuses } from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";
import {
  type ApplicationMessageKind,
  applicationMessage,
} from "../messages/application-message-words";

type Ctx = ServiceContext<CitizenActor>;

/** The facts an inbox message keeps (`notifyPerson` writes them). */
interface StoredFacts {
  reference?: string;
  status?: string;
  servicePointId?: string;
  pickupBy?: string;
  recallBy?: string;
  dueDate?: string;
  daysLeft?: number;
}

/** Which words a stored message takes: its topic, and for a status change the status. */
function kindOf(topic: string, status: string | undefined): ApplicationMessageKind | null {
  if (topic === "PICKUP_REMINDER" || topic === "DUE_DATE_CHANGED") return topic;
  if (
    topic === "APPLICATION_STATUS" &&
    (applicationStatuses as readonly string[]).includes(status ?? "")
  ) {
    return status as ApplicationStatus;
  }
  return null;
}

/** The person's messages, newest first, a page at a time, with the unread count for the tab. */
export async function listNotifications(ctx: Ctx, input: { cursor?: string | undefined }) {
  const limit = 20;
  const cursor = input.cursor
    ? await ctx.prisma.citizenNotification.findFirst({
        where: { id: input.cursor, personId: ctx.actor.personId },
      })
    : null;
  const where: Prisma.CitizenNotificationWhereInput = {
    personId: ctx.actor.personId,
    ...(cursor
      ? {
          OR: [
            { createdAt: { lt: cursor.createdAt } },
            { createdAt: cursor.createdAt, id: { lt: cursor.id } },
          ],
        }
      : {}),
  };
  const [rows, unread, points] = await Promise.all([
    ctx.prisma.citizenNotification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
    }),
    ctx.prisma.citizenNotification.count({
      where: { personId: ctx.actor.personId, readAt: null },
    }),
    ctx.prisma.servicePoint.findMany({
      select: { id: true, name: true, address: true, openingHours: true },
    }),
  ]);
  const placeOf = new Map(points.map((point) => [point.id, point]));
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => {
      const facts = row.facts as StoredFacts;
      const kind = kindOf(row.topic, facts.status);
      const words = kind
        ? applicationMessage(kind, {
            reference: facts.reference ?? "",
            place: facts.servicePointId ? placeOf.get(facts.servicePointId) : undefined,
            pickupBy: facts.pickupBy,
            recallBy: facts.recallBy,
            dueDate: facts.dueDate,
            daysLeft: facts.daysLeft,
          })
        : { title: "消息", body: "" };
      return {
        id: row.id,
        at: row.createdAt.toISOString(),
        title: words.title,
        body: words.body,
        read: row.readAt !== null,
        applicationId: row.applicationId,
        status: facts.status ?? null,
      };
    }),
    unread,
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Marks the person's own messages read; anyone else's ids change nothing. */
export async function markNotificationsRead(ctx: Ctx, input: { ids: string[] }) {
  const { count } = await ctx.prisma.citizenNotification.updateMany({
    where: { id: { in: input.ids }, personId: ctx.actor.personId, readAt: null },
    data: { readAt: ctx.now },
  });
  return { marked: count };
}
