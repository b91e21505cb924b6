import { z } from "zod";
import { checkCalendarYear } from "./calendar-year-check";

/** Calendar years Yibao takes: a notice before 2000 will not be entered, one past 2100 cannot be. */
export const calendarYearSchema = z.number().int().min(2000).max(2100);

// Generous outer bounds that keep a request small; the limits that matter are the check's, so
// that the form shows every problem at once.
const calendarYearDaySchema = z.object({
  date: z.string().max(40),
  name: z.string().trim().max(400),
});

/**
 * A year's holiday notice as an administrator enters it, in the staff form and in
 * `staff.calendar.setYear` alike: each problem `checkCalendarYear` finds is an issue at its row,
 * its code as the message (as the API's field issues carry them).
 */
export const calendarYearEntrySchema = z
  .object({
    year: calendarYearSchema,
    holidays: z.array(calendarYearDaySchema).max(200),
    makeUpWorkdays: z.array(calendarYearDaySchema).max(200),
    notice: z.string().trim().max(1000),
  })
  .superRefine((entry, ctx) => {
    for (const problem of checkCalendarYear(entry)) {
      ctx.addIssue({ code: "custom", message: problem.code, path: problem.path });
    }
  });

export type CalendarYearEntryInput = z.input<typeof calendarYearEntrySchema>;
