import type { PrismaClient } from "@yibao/db";
import type { CalendarYearDay } from "@yibao/domain";

/** A year's calendar as `staff.calendar.get` answers it; `entered` says whether it covers the year. */
export interface CalendarYearView {
  year: number;
  entered: boolean;
  holidays: CalendarYearDay[];
  makeUpWorkdays: CalendarYearDay[];
  /** The notice's name; empty while the year is not entered. */
  notice: string;
}

/** The days and the notice of `year`, in date order; a year not entered yet has none. */
export async function getCalendarYear(
  ctx: { prisma: Pick<PrismaClient, "workingCalendarDay" | "workingCalendarYear"> },
  input: { year: number },
): Promise<CalendarYearView> {
  const [entry, days] = await Promise.all([
    ctx.prisma.workingCalendarYear.findUnique({ where: { year: input.year } }),
    ctx.prisma.workingCalendarDay.findMany({
      where: {
        date: {
          gte: new Date(`${input.year}-01-01T00:00:00Z`),
          lte: new Date(`${input.year}-12-31T00:00:00Z`),
        },
      },
      orderBy: { date: "asc" },
    }),
  ]);
  const listed = (kind: "HOLIDAY" | "MAKE_UP_WORKDAY") =>
    days
      .filter((day) => day.kind === kind)
      .map((day) => ({ date: day.date.toISOString().slice(0, 10), name: day.name }));
  return {
    year: input.year,
    entered: entry !== null,
    holidays: listed("HOLIDAY"),
    makeUpWorkdays: listed("MAKE_UP_WORKDAY"),
    notice: entry?.notice ?? "",
  };
}
