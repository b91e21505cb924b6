import { chinaToday, epochDayOf, isoDateOfEpochDay } from "@yibao/domain";
import type { ServiceContext, SystemActor } from "../../context";
import { notifyPerson } from "../applications/notify-person";

/**
 * The reminders before the pickup period ends (DOMAIN.md, "Pickup"), by days left. Each is sent
 * while that many days or fewer are left and the next one is not due yet, so a morning the job
 * did not run is made up the next day, and a card never gets both on one day.
 */
export const pickupReminderDays = [30, 7] as const;

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Reminds the holder of each ready card 30 and 7 days before its last day to collect: in the
 * inbox and by text message, with the place and the deadline. Each reminder is named by the
 * application and its days (`pickup-reminder:<id>:30`): run twice, the job sends it once.
 */
export async function sendPickupReminders(
  ctx: ServiceContext<SystemActor>,
): Promise<Record<string, number>> {
  const today = chinaToday(ctx.now);
  const todayDay = epochDayOf(today);
  const tally: Record<string, number> = {};
  for (const [index, days] of pickupReminderDays.entries()) {
    const next = pickupReminderDays[index + 1];
    const rows = await ctx.prisma.cardApplication.findMany({
      where: {
        status: "READY_FOR_PICKUP",
        // An employer's cards are collected by its agent, who reads the batch, not a reminder.
        channel: { not: "EMPLOYER" },
        pickupBy: {
          gte: dateOf(today),
          lte: dateOf(isoDateOfEpochDay(todayDay + days)),
          ...(next === undefined ? {} : { gt: dateOf(isoDateOfEpochDay(todayDay + next)) }),
        },
        // Not on the day it became ready: that message told the deadline already.
        readyAt: { lt: new Date(dateOf(today).getTime() - 8 * 3_600_000) },
      },
      select: {
        id: true,
        personId: true,
        reference: true,
        phoneSealed: true,
        servicePointId: true,
        recallDays: true,
        pickupBy: true,
      },
    });
    const keyOf = (id: string) => `pickup-reminder:${id}:${days}`;
    const sent = new Set(
      (
        await ctx.prisma.citizenNotification.findMany({
          where: { dedupeKey: { in: rows.map((row) => keyOf(row.id)) } },
          select: { dedupeKey: true },
        })
      ).map((row) => row.dedupeKey),
    );
    let count = 0;
    for (const row of rows) {
      if (sent.has(keyOf(row.id)) || !row.pickupBy) continue;
      const pickupBy = row.pickupBy.toISOString().slice(0, 10);
      await ctx.prisma.$transaction((tx) =>
        notifyPerson(tx, ctx, {
          application: row,
          kind: "PICKUP_REMINDER",
          pickupBy,
          daysLeft: epochDayOf(pickupBy) - todayDay,
          dedupeKey: keyOf(row.id),
        }),
      );
      count += 1;
    }
    tally[`reminded${days}`] = count;
  }
  return tally;
}
