import { chinaToday } from "@yibao/domain";
import type { ServiceContext, SystemActor } from "../../context";
import { recallDeadlineOf } from "./recall-deadline-of";
import { recordSystemActions } from "./record-system-actions";

/**
 * The recall period ended: each uncollected card, at the service point or sent back to the
 * county centre, whose `pickup_by + recall_days` (the terms it was filed under) is before today
 * in China is cancelled (CANCEL_UNCOLLECTED, by SYSTEM; the application EXPIRED, closed).
 */
export async function cancelUncollected(ctx: ServiceContext<SystemActor>) {
  const today = chinaToday(ctx.now);
  const due = await ctx.prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM card_application
     WHERE status IN ('UNCOLLECTED', 'RETURNED_TO_CENTRE')
       AND pickup_by + recall_days < ${today}::date
     ORDER BY pickup_by, id`;
  return recordSystemActions(
    ctx,
    due.map((row) => row.id),
    (stored) => {
      const pickupBy = stored.row.pickupBy?.toISOString().slice(0, 10);
      if (!pickupBy) return null;
      return {
        type: "CANCEL_UNCOLLECTED",
        recallDeadline: recallDeadlineOf(pickupBy, stored.row.recallDays),
      };
    },
  );
}
