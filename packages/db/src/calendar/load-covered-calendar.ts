import { type CoveredWorkingCalendar, createCoveredWorkingCalendar } from "@yibao/domain";
import type { PrismaClient } from "../generated/prisma/client";

const isoDateOf = (date: Date) => date.toISOString().slice(0, 10);

/** The years whose holiday notice an administrator has entered (or the seed has), ascending. */
export async function loadCoveredYears(
  prisma: Pick<PrismaClient, "workingCalendarYear">,
): Promise<number[]> {
  const years = await prisma.workingCalendarYear.findMany({
    select: { year: true },
    orderBy: { year: "asc" },
  });
  return years.map((row) => row.year);
}

/**
 * The calendar as entered in the database. The years it covers are the years entered as a whole
 * (`working_calendar_year`), not the years some day falls in: a day of a year not yet entered is
 * a draft, and dates counted in that year stay provisional.
 */
export async function loadCoveredCalendar(
  prisma: Pick<PrismaClient, "workingCalendarDay" | "workingCalendarYear">,
): Promise<CoveredWorkingCalendar> {
  // One after the other: inside a transaction both would share one connection.
  const days = await prisma.workingCalendarDay.findMany({ select: { date: true, kind: true } });
  const coveredYears = await loadCoveredYears(prisma);
  return createCoveredWorkingCalendar({
    holidays: days.filter((day) => day.kind === "HOLIDAY").map((day) => isoDateOf(day.date)),
    makeUpWorkdays: days
      .filter((day) => day.kind === "MAKE_UP_WORKDAY")
      .map((day) => isoDateOf(day.date)),
    coveredYears,
  });
}
