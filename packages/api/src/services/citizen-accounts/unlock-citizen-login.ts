import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";
import { citizenAccountKey } from "../auth/log-in-citizen";
import { clearLoginThrottles } from "../security/login-throttle";

/**
 * At the counter, after checking the person's ID document: lifts the online login lock of their
 * account from every address, and tells them by text message.
 */
export async function unlockCitizenLogin(
  ctx: ServiceContext<StaffActor>,
  input: { residentId: string },
): Promise<{ unlocked: boolean }> {
  const person = await ctx.prisma.person.findUnique({
    where: { residentIdIndex: ctx.protector.residentIdIndex(input.residentId) },
    select: { id: true, phoneSealed: true },
  });
  return ctx.prisma.$transaction(async (tx) => {
    const cleared = await clearLoginThrottles(tx, citizenAccountKey(ctx, input.residentId));
    await recordActorEvent(tx, ctx, {
      action: "citizen-login.unlocked",
      subjectPersonId: person?.id ?? null,
      detail: { documentChecked: true, locksLifted: cleared },
    });
    if (cleared > 0 && person?.phoneSealed) {
      await ctx.messages.send(
        tx,
        {
          phone: ctx.protector.open(person.phoneSealed, "person.phone"),
          templateId: "LOGIN_UNLOCKED",
          params: {},
          personId: person.id,
        },
        ctx.now,
      );
    }
    return { unlocked: cleared > 0 };
  });
}
