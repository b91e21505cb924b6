import { z } from "zod";
import { epochDayOf } from "../calendar/epoch-day";
import { isIsoDate } from "../calendar/iso-date";
import { isoDateSchema } from "../schemas/iso-date-schema";

/** The longest range the dashboard reads at once: a year, leap day included. */
export const longestSlaRangeDays = 366;

/** How many days `from` to `to` ('YYYY-MM-DD') spans, both included. */
export function daysInRange(from: string, to: string): number {
  return epochDayOf(to) - epochDayOf(from) + 1;
}

/**
 * A dashboard period: China dates 'YYYY-MM-DD', both included, `to` not before `from`, at most
 * a year. The reason codes are the messages (RANGE_REVERSED, RANGE_TOO_LONG), as the forms read
 * them.
 */
export const slaRangeSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .superRefine((range, ctx) => {
    // A date that is not real has its own issue already.
    if (!isIsoDate(range.from) || !isIsoDate(range.to)) return;
    if (range.to < range.from) {
      ctx.addIssue({ code: "custom", message: "RANGE_REVERSED", path: ["to"] });
    } else if (daysInRange(range.from, range.to) > longestSlaRangeDays) {
      ctx.addIssue({ code: "custom", message: "RANGE_TOO_LONG", path: ["to"] });
    }
  });

export type SlaRange = z.infer<typeof slaRangeSchema>;
