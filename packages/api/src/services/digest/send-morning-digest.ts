import { loadCoveredCalendar, Prisma } from "@yibao/db";
import {
  applicationQueues,
  chinaToday,
  roleScope,
  type StaffNotificationFactsOf,
  staffNotificationFacts,
} from "@yibao/domain";
import type { ServiceContext, SystemActor } from "../../context";

type DigestPoint = StaffNotificationFactsOf<"MORNING_DIGEST">["servicePoints"][number];

const statusList = (statuses: readonly string[]) =>
  Prisma.join(statuses.map((status) => Prisma.sql`${status}::application_status`));

/**
 * What each service point has due today, overdue and escalated now, as the counter's OVERDUE and
 * ESCALATED queues count them: one grouped read.
 */
async function countsByPoint(ctx: ServiceContext<SystemActor>, today: string) {
  const onTheClock = statusList(applicationQueues.OVERDUE.statuses);
  const escalatable = statusList(applicationQueues.ESCALATED.statuses);
  const rows = await ctx.prisma.$queryRaw<
    { service_point_id: string; due_today: bigint; overdue: bigint; escalated: bigint }[]
  >`
    SELECT a.service_point_id,
           count(*) FILTER (WHERE a.status IN (${onTheClock}) AND a.due_date = ${today}::date)
             AS due_today,
           count(*) FILTER (WHERE a.status IN (${onTheClock}) AND a.due_date < ${today}::date)
             AS overdue,
           count(*) FILTER (WHERE a.status IN (${escalatable}) AND a.escalated_at IS NOT NULL)
             AS escalated
      FROM card_application a
     WHERE a.status IN (${escalatable})
     GROUP BY a.service_point_id`;
  return new Map(
    rows.map((row) => [
      row.service_point_id,
      {
        dueToday: Number(row.due_today),
        overdue: Number(row.overdue),
        escalated: Number(row.escalated),
      },
    ]),
  );
}

/**
 * The working morning's digest (issue: escalation): a MORNING_DIGEST message in the inbox of every
 * active service-point clerk (their own point) and county-centre clerk (every point), with what
 * is due today, overdue and escalated. Nothing on a day the working calendar says is not a
 * working day. The dedupe key `digest:<date>:<staffUserId>` makes a second run send nothing.
 */
export async function sendMorningDigest(
  ctx: ServiceContext<SystemActor>,
): Promise<{ workingDay: number; recipients: number; written: number }> {
  const today = chinaToday(ctx.now);
  const calendar = await loadCoveredCalendar(ctx.prisma);
  if (!calendar.isWorkingDay(today)) return { workingDay: 0, recipients: 0, written: 0 };

  const [points, counts, staff] = await Promise.all([
    ctx.prisma.servicePoint.findMany({
      orderBy: [{ kind: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true },
    }),
    countsByPoint(ctx, today),
    ctx.prisma.staffUser.findMany({
      where: { active: true, role: { in: ["SERVICE_POINT_CLERK", "COUNTY_CENTRE_CLERK"] } },
      select: { id: true, role: true, servicePointId: true },
    }),
  ]);
  const digestPoints = new Map<string, DigestPoint>(
    points.map((point) => [
      point.id,
      {
        code: point.code,
        name: point.name,
        ...(counts.get(point.id) ?? { dueToday: 0, overdue: 0, escalated: 0 }),
      },
    ]),
  );
  const messages = staff.map((member) => {
    const reach =
      roleScope[member.role] === "COUNTY"
        ? [...digestPoints.values()]
        : [digestPoints.get(member.servicePointId)].filter((point) => point !== undefined);
    const facts = staffNotificationFacts.MORNING_DIGEST.parse({
      date: today,
      servicePoints: reach,
    });
    return {
      staffUserId: member.id,
      createdAt: ctx.now,
      topic: "MORNING_DIGEST",
      facts,
      dedupeKey: `digest:${today}:${member.id}`,
    };
  });
  const { count } = await ctx.prisma.staffNotification.createMany({
    data: messages,
    skipDuplicates: true,
  });
  return { workingDay: 1, recipients: messages.length, written: count };
}
