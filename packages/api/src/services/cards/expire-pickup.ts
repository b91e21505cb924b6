import { chinaToday } from "@yibao/domain";
import type { ServiceContext, SystemActor } from "../../context";
import { recordSystemActions } from "./record-system-actions";

/**
 * The pickup period ended (DOMAIN.md, "Pickup"): each ready card whose last day to collect
 * (`pickup_by`) is before today in China becomes UNCOLLECTED (EXPIRE_PICKUP, by SYSTEM) and goes
 * on its service point's recall list; the person is told where it still waits and until when.
 * An employer's card that its agent collected but the employer has not handed out by then goes
 * the same way (WITH_EMPLOYER): the period is the same one, counted from the day it was made.
 */
export async function expirePickup(ctx: ServiceContext<SystemActor>) {
  const today = new Date(`${chinaToday(ctx.now)}T00:00:00Z`);
  const due = await ctx.prisma.cardApplication.findMany({
    where: { status: { in: ["READY_FOR_PICKUP", "WITH_EMPLOYER"] }, pickupBy: { lt: today } },
    select: { id: true },
    orderBy: { pickupBy: "asc" },
  });
  return recordSystemActions(
    ctx,
    due.map((row) => row.id),
    (stored) => {
      // The deadline as the holder was told it on MARK_READY.
      const ready = stored.actions.findLast((action) => action.type === "MARK_READY");
      const pickupDeadline =
        ready?.type === "MARK_READY"
          ? ready.pickupDeadline
          : stored.row.pickupBy?.toISOString().slice(0, 10);
      return pickupDeadline ? { type: "EXPIRE_PICKUP", pickupDeadline } : null;
    },
  );
}
