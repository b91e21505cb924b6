import { calendarYearEntrySchema, calendarYearSchema } from "@yibao/domain";
import { z } from "zod";
import { getCalendarStatus } from "../../services/calendar/get-calendar-status";
import { getCalendarYear } from "../../services/calendar/get-calendar-year";
import { setCalendarYear } from "../../services/calendar/set-calendar-year";
import { router, staffProcedure } from "../../trpc";

const day = z.object({ date: z.string(), name: z.string() });
const calendarYearView = z.object({
  year: z.number().int(),
  entered: z.boolean(),
  holidays: z.array(day),
  makeUpWorkdays: z.array(day),
  notice: z.string(),
});

export const calendarRouter = router({
  get: staffProcedure("calendar:read")
    .input(z.object({ year: calendarYearSchema }))
    .output(calendarYearView)
    .query(({ ctx, input }) => getCalendarYear(ctx.service, input)),
  // The years entered and the one owed: the staff app's warning shows it to administrators.
  status: staffProcedure("calendar:read")
    .output(
      z.object({
        years: z.array(z.object({ year: z.number(), notice: z.string(), enteredAt: z.string() })),
        missingYear: z.number().int().nullable(),
      }),
    )
    .query(({ ctx }) => getCalendarStatus(ctx.service)),
  setYear: staffProcedure("calendar:manage")
    .input(calendarYearEntrySchema)
    .output(calendarYearView.extend({ redatedApplications: z.number().int() }))
    .mutation(({ ctx, input }) => setCalendarYear(ctx.service, input)),
});
