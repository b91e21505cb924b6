import { epochDayOf, isoDateOfEpochDay } from "@yibao/domain";

/**
 * The last day an uncollected card is kept ('YYYY-MM-DD'): the pickup deadline plus the recall
 * period the application was filed under (`recall_days`, DOMAIN.md "Pickup": uncollected cards
 * are recalled and cancelled later). The day after it, the card is cancelled.
 */
export function recallDeadlineOf(pickupBy: string, recallDays: number): string {
  return isoDateOfEpochDay(epochDayOf(pickupBy) + recallDays);
}
