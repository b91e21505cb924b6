import type { ServiceContext, StaffActor } from "../../context";

/** Marks the staff member's own messages read; anyone else's ids change nothing. */
export async function markStaffInboxRead(
  ctx: ServiceContext<StaffActor>,
  input: { ids: string[] },
) {
  const { count } = await ctx.prisma.staffNotification.updateMany({
    where: { id: { in: input.ids }, staffUserId: ctx.actor.staffUserId, readAt: null },
    data: { readAt: ctx.now },
  });
  return { marked: count };
}
