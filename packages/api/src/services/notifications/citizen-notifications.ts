import type { Prisma } from "@yibao/db";
import type { CitizenActor, ServiceContext } from "../../context";

type Ctx = ServiceContext<CitizenActor>;

/** What each application status tells the person, in zh-CN (the county's language of record). */
const statusWords: Record<string, { title: string; body: (facts: Facts) => string }> = {
  SUBMITTED: {
    title: "制卡申请已受理",
    body: (f) =>
      `您的医保卡申请已受理，受理编号 ${f.reference}。我们会在承诺时限内办结，请留意进度。`,
  },
  NEEDS_MATERIALS: {
    title: "请补充材料",
    body: (f) => `您的申请（${f.reference}）需要补充材料，请在“办理进度”中查看需补的全部材料。`,
  },
  REFUSED: {
    title: "申请不予受理",
    body: (f) => `您的申请（${f.reference}）不予受理，原因和办理建议请在“办理进度”中查看。`,
  },
  WITHDRAWN: { title: "申请已撤回", body: (f) => `您已撤回申请（${f.reference}）。` },
  APPROVED: { title: "审核通过", body: (f) => `您的申请（${f.reference}）已审核通过，即将制卡。` },
  IN_PRODUCTION: { title: "制卡中", body: (f) => `您的医保卡（${f.reference}）正在制作。` },
  PRODUCTION_FAILED: {
    title: "制卡失败",
    body: (f) => `您的医保卡（${f.reference}）制作未成功，我们会重新制作，无需您再次申请。`,
  },
  READY_FOR_PICKUP: {
    title: "医保卡可以领取了",
    body: (f) =>
      `您的医保卡（${f.reference}）已制好，请携带本人有效证件到${f.servicePoint ?? "服务点"}领取。`,
  },
  COLLECTED: {
    title: "医保卡已领取",
    body: (f) => `您的医保卡（${f.reference}）已领取，祝您健康。`,
  },
};

interface Facts {
  reference?: string;
  status?: string;
  servicePoint?: string;
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
    ctx.prisma.servicePoint.findMany({ select: { id: true, name: true } }),
  ]);
  const pointName = new Map(points.map((point) => [point.id, point.name]));
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => {
      const raw = row.facts as Record<string, string>;
      const facts: Facts = {
        ...raw,
        servicePoint: raw.servicePointId ? pointName.get(raw.servicePointId) : undefined,
      };
      const words = statusWords[facts.status ?? ""] ?? { title: "消息", body: () => "" };
      return {
        id: row.id,
        at: row.createdAt.toISOString(),
        title: words.title,
        body: words.body(facts),
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
