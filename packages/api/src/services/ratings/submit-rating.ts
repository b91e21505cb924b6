import { loadCoveredCalendar, Prisma } from "@yibao/db";
import {
  applicationStatusOf,
  canRate,
  chinaToday,
  followUpDueDateOf,
  opensFollowUp,
  type RatingInput,
  type RatingState,
  ratingChannelOf,
  ratingSchemaFor,
} from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { findStoredApplication } from "../applications/stored-application";
import { recordActorEvent } from "../audit/record-audit-event";
import { followUpWorkingDaysOn } from "./follow-up-working-days";
import { ratingInclude, ratingStateOf } from "./rating-state";

/**
 * 好差评: the person rates their own finished application, once, with the scores its channel asks
 * for. A bad rating opens the county centre's follow-up in the same transaction, due on the n-th
 * working day after today (FOLLOW_UP_WORKING_DAYS in force today).
 */
export async function submitRating(
  ctx: ServiceContext<CitizenActor>,
  input: RatingInput & { applicationId: string },
): Promise<RatingState> {
  const stored = await findStoredApplication(ctx, input.applicationId);
  const status = applicationStatusOf(stored.actions);
  const existing = await ctx.prisma.serviceRating.findUnique({
    where: { applicationId: stored.row.id },
    select: { id: true },
  });
  const allowed = canRate({ status, rated: existing !== null });
  if (!allowed.ok) throw new DomainError("ACTION_NOT_ALLOWED", { reason: allowed.reason });
  const { applicationId: _, ...scores } = input;
  const parsed = ratingSchemaFor(ratingChannelOf(stored.channel)).safeParse(scores);
  if (!parsed.success) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String),
        code: issue.code === "custom" ? issue.message : issue.code,
      })),
    });
  }
  const rating = parsed.data;
  const today = chinaToday(ctx.now);
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const calendar = await loadCoveredCalendar(tx);
      const created = await tx.serviceRating.create({
        data: {
          personId: ctx.actor.personId,
          applicationId: stored.row.id,
          servicePointId: stored.row.servicePointId,
          channel: ratingChannelOf(stored.channel),
          overall: rating.overall,
          speed: rating.speed ?? null,
          attitude: rating.attitude ?? null,
          ease: rating.ease ?? null,
          comment: rating.comment ?? null,
          createdAt: ctx.now,
        },
      });
      if (opensFollowUp(rating)) {
        const workingDays = await followUpWorkingDaysOn(tx, today);
        await tx.ratingFollowUp.create({
          data: {
            ratingId: created.id,
            personId: ctx.actor.personId,
            openedAt: ctx.now,
            dueDate: new Date(`${followUpDueDateOf(today, calendar, workingDays)}T00:00:00Z`),
          },
        });
      }
      await recordActorEvent(tx, ctx, {
        action: "rating.submitted",
        subjectPersonId: ctx.actor.personId,
        detail: {
          applicationId: stored.row.id,
          overall: rating.overall,
          followUp: opensFollowUp(rating),
        },
      });
      const saved = await tx.serviceRating.findUniqueOrThrow({
        where: { id: created.id },
        include: ratingInclude,
      });
      return ratingStateOf({ channel: stored.channel, status }, saved, calendar);
    });
  } catch (error) {
    // Two submissions racing: the second meets the one-rating-per-application index.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("ACTION_NOT_ALLOWED", { reason: "ALREADY_RATED" });
    }
    throw error;
  }
}
