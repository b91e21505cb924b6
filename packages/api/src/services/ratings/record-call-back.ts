import { chinaToday, type FollowUpOutcome } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { closerNames, followUpInclude, followUpScopeWhere, followUpView } from "./follow-up-view";

/**
 * The county centre called the person back: the outcome and the clerk's note close the follow-up
 * (whatever the outcome — an unreachable person is recorded as such, not left open). Once only:
 * the condition on `closed_at` makes two clerks recording at once come out as one.
 */
export async function recordCallBack(
  ctx: ServiceContext<StaffActor>,
  input: { followUpId: string; outcome: FollowUpOutcome; note: string },
) {
  const followUp = await ctx.prisma.ratingFollowUp.findFirst({
    where: { id: input.followUpId, ...followUpScopeWhere(ctx.scope) },
    select: { id: true, personId: true },
  });
  if (!followUp) throw new DomainError("NOT_FOUND");
  await ctx.prisma.$transaction(async (tx) => {
    const closed = await tx.ratingFollowUp.updateMany({
      where: { id: followUp.id, closedAt: null },
      data: {
        calledBackAt: ctx.now,
        outcome: input.outcome,
        note: input.note,
        closedAt: ctx.now,
        closedById: ctx.actor.staffUserId,
      },
    });
    if (closed.count !== 1) {
      throw new DomainError("ACTION_NOT_ALLOWED", { reason: "FOLLOW_UP_CLOSED" });
    }
    await recordActorEvent(tx, ctx, {
      action: "follow-up.call-back-recorded",
      subjectPersonId: followUp.personId,
      detail: { followUpId: followUp.id, outcome: input.outcome },
    });
  });
  const row = await ctx.prisma.ratingFollowUp.findUniqueOrThrow({
    where: { id: followUp.id },
    include: followUpInclude,
  });
  return followUpView(ctx, row, chinaToday(ctx.now), await closerNames(ctx.prisma, [row]));
}
