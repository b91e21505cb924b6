import {
  chinaToday,
  epochDayOf,
  isFollowUpOverdue,
  isoDateOfEpochDay,
  type RatedCase,
  ratingFiguresOf,
} from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The service points the reader sees figures for: their own, or (county roles) all or the one asked. */
async function pointsInScope(ctx: ServiceContext<StaffActor>, code: string | undefined) {
  const select = { id: true, code: true, name: true } as const;
  if (ctx.scope.kind === "SERVICE_POINT") {
    const own = await ctx.prisma.servicePoint.findUniqueOrThrow({
      where: { id: ctx.scope.servicePointId },
      select,
    });
    if (code !== undefined && code !== own.code) throw new DomainError("FORBIDDEN");
    return [own];
  }
  const points = await ctx.prisma.servicePoint.findMany({
    where: code === undefined ? {} : { code },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select,
  });
  if (points.length === 0) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["servicePointCode"], code: "UNKNOWN_SERVICE_POINT" }],
    });
  }
  return points;
}

/**
 * 好差评 figures of the ratings given from `from` to `to` (China dates, both included), per
 * service point in the reader's scope and for all of them: how many, the average overall score,
 * each score's count, bad ratings, and where their follow-ups stand now. With the rows for an
 * export, which carry no name or phone number.
 */
export async function summariseRatings(
  ctx: ServiceContext<StaffActor>,
  input: { from: string; to: string; servicePointCode?: string | undefined },
) {
  const points = await pointsInScope(ctx, input.servicePointCode);
  const ratings = await ctx.prisma.serviceRating.findMany({
    where: {
      servicePointId: { in: points.map((point) => point.id) },
      createdAt: {
        gte: new Date(`${input.from}T00:00:00+08:00`),
        lt: new Date(`${isoDateOfEpochDay(epochDayOf(input.to) + 1)}T00:00:00+08:00`),
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      followUp: { select: { dueDate: true, closedAt: true, outcome: true } },
      application: { select: { reference: true } },
    },
  });
  const today = chinaToday(ctx.now);
  const caseOf = (rating: (typeof ratings)[number]): RatedCase => ({
    overall: rating.overall,
    followUp: rating.followUp
      ? { dueDate: isoDate(rating.followUp.dueDate), closed: rating.followUp.closedAt !== null }
      : null,
  });
  const pointOf = new Map(points.map((point) => [point.id, point]));
  return {
    servicePoints: points.map((point) => ({
      code: point.code,
      name: point.name,
      ...ratingFiguresOf(
        ratings.filter((rating) => rating.servicePointId === point.id).map(caseOf),
        today,
      ),
    })),
    total: ratingFiguresOf(ratings.map(caseOf), today),
    rows: ratings.map((rating) => {
      const followUp = caseOf(rating).followUp;
      const point = pointOf.get(rating.servicePointId);
      return {
        ratedAt: rating.createdAt.toISOString(),
        reference: rating.application.reference,
        servicePointCode: point?.code ?? "",
        servicePointName: point?.name ?? "",
        channel: rating.channel,
        overall: rating.overall,
        speed: rating.speed,
        attitude: rating.attitude,
        ease: rating.ease,
        comment: rating.comment,
        followUp:
          followUp && rating.followUp
            ? {
                dueDate: followUp.dueDate,
                status: followUp.closed
                  ? ("CLOSED" as const)
                  : isFollowUpOverdue(followUp, today)
                    ? ("OVERDUE" as const)
                    : ("OPEN" as const),
                outcome: rating.followUp.outcome,
              }
            : null,
      };
    }),
  };
}
