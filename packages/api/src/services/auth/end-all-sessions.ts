import { ownerOfActor } from "../../access/account-owner";
import type { Actor, ServiceContext } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";

/**
 * "Sign out everywhere": every session of the signed-in account ends, this one included, so a
 * phone left somewhere or a copied cookie opens nothing any more.
 */
export async function endAllSessions(ctx: ServiceContext<Actor>): Promise<{ ended: number }> {
  const owner = ownerOfActor(ctx.actor);
  return ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: owner });
    await recordActorEvent(tx, ctx, {
      action: "auth.sign-out-everywhere",
      subjectPersonId: ctx.actor.kind === "CITIZEN" ? ctx.actor.personId : null,
      detail: { ended: count },
    });
    return { ended: count };
  });
}
