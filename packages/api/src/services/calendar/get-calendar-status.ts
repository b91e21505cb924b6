import { calendarReminderDue, chinaToday } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";

export interface CalendarStatus {
  /** The years entered, ascending, with their notice and when they were entered. */
  years: { year: number; notice: string; enteredAt: string }[];
  /** The year administrators must enter now (from 1 November: next year), or null. */
  missingYear: number | null;
}

/** Which years the calendar covers, and which one is owed: the staff app's warning reads it. */
export async function getCalendarStatus(ctx: ServiceContext<StaffActor>): Promise<CalendarStatus> {
  const rows = await ctx.prisma.workingCalendarYear.findMany({ orderBy: { year: "asc" } });
  return {
    years: rows.map((row) => ({
      year: row.year,
      notice: row.notice,
      enteredAt: row.enteredAt.toISOString(),
    })),
    missingYear: calendarReminderDue(
      chinaToday(ctx.now),
      rows.map((row) => row.year),
    ),
  };
}
