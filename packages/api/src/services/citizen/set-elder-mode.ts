import type { CitizenActor, ServiceContext } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";

/** Remembers elder mode (长辈模式) for the person, so it follows them to any device. */
export async function setElderMode(
  ctx: ServiceContext<CitizenActor>,
  input: { enabled: boolean },
): Promise<{ elderMode: boolean }> {
  return ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.citizenCredential.update({
      where: { personId: ctx.actor.personId },
      data: { elderMode: input.enabled },
      select: { elderMode: true },
    });
    await recordActorEvent(tx, ctx, {
      action: "profile.elder-mode-set",
      subjectPersonId: ctx.actor.personId,
      detail: { enabled: input.enabled },
    });
    return { elderMode: updated.elderMode };
  });
}
