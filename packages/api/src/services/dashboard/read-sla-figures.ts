import { loadCoveredCalendar } from "@yibao/db";
import {
  type ApplicationChannel,
  type ApplicationStatus,
  chinaToday,
  epochDayOf,
  isoDateOfEpochDay,
  type SlaRow,
  slaFigures,
  startOfChinaDay,
} from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The service points the reader's figures cover: a service point's clerk their own, whatever
 * they ask (another point's code is FORBIDDEN); county roles every point, or the one asked.
 */
async function pointsInScope(ctx: ServiceContext<StaffActor>, servicePointCode?: string) {
  const points = await ctx.prisma.servicePoint.findMany({
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true },
  });
  if (ctx.scope.kind === "SERVICE_POINT") {
    const { servicePointId } = ctx.scope;
    const own = points.filter((point) => point.id === servicePointId);
    if (servicePointCode && own[0]?.code !== servicePointCode) throw new DomainError("FORBIDDEN");
    return own;
  }
  if (!servicePointCode) return points;
  const asked = points.filter((point) => point.code === servicePointCode);
  if (asked.length === 0) throw new DomainError("NOT_FOUND");
  return asked;
}

/**
 * The SLA dashboard's figures (`slaFigures` in @yibao/domain defines each) for the applications
 * submitted from `from` to `to` (China dates, both included), one row per service point of the
 * reader's scope. Two reads: the points, then the period's applications (their projection
 * columns only, no person), and the calendar.
 */
export async function readSlaFigures(
  ctx: ServiceContext<StaffActor>,
  input: { from: string; to: string; servicePointCode?: string | undefined },
): Promise<SlaRow[]> {
  const points = await pointsInScope(ctx, input.servicePointCode);
  const codeOf = new Map(points.map((point) => [point.id, point.code]));
  const [rows, calendar] = await Promise.all([
    ctx.prisma.cardApplication.findMany({
      where: {
        servicePointId: { in: points.map((point) => point.id) },
        submittedAt: {
          gte: startOfChinaDay(input.from),
          lt: startOfChinaDay(isoDateOfEpochDay(epochDayOf(input.to) + 1)),
        },
      },
      select: {
        servicePointId: true,
        channel: true,
        status: true,
        submittedAt: true,
        clockStartedOn: true,
        dueDate: true,
        readyAt: true,
        closedAt: true,
      },
    }),
    loadCoveredCalendar(ctx.prisma),
  ]);
  return slaFigures({
    servicePoints: points,
    applications: rows.map((row) => ({
      servicePointCode: codeOf.get(row.servicePointId) ?? "",
      channel: row.channel as ApplicationChannel,
      status: row.status as ApplicationStatus,
      submittedAt: row.submittedAt.toISOString(),
      clockStartedOn: isoDate(row.clockStartedOn),
      dueDate: isoDate(row.dueDate),
      readyAt: row.readyAt?.toISOString() ?? null,
      closedAt: row.closedAt?.toISOString() ?? null,
    })),
    from: input.from,
    to: input.to,
    today: chinaToday(ctx.now),
    calendar,
  });
}
