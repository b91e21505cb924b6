import { epochDayOf, isoDateOfEpochDay } from "../calendar/epoch-day";

/** The common pickup period (DOMAIN.md, "Pickup": 180 days is common); a county parameter. */
export const defaultPickupDays = 180;

/**
 * The last day to collect a card that became ready on `readyDate` ('YYYY-MM-DD'): the ready date
 * plus the pickup period, in calendar days. Recorded on MARK_READY as the deadline the holder was
 * told.
 */
export function pickupDeadlineOf(
  readyDate: string,
  pickupDays: number = defaultPickupDays,
): string {
  if (!Number.isSafeInteger(pickupDays) || pickupDays < 1) {
    throw new RangeError(`pickupDays must be a whole number of days, 1 or more, got ${pickupDays}`);
  }
  return isoDateOfEpochDay(epochDayOf(readyDate) + pickupDays);
}
