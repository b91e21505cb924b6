import type { PrismaClient } from "@yibao/db";
import { type CoveredWorkingCalendar, createCoveredWorkingCalendar } from "@yibao/domain";

/**
 * The county's working-day calendar as entered: the State Council's holidays and make-up days,
 * covering the years for which a notice has been entered. Read per use: a few dozen rows.
 */
export async function loadWorkingCalendar(
  prisma: Pick<PrismaClient, "workingCalendarDay">,
): Promise<CoveredWorkingCalendar> {
  const days = await prisma.workingCalendarDay.findMany({ select: { date: true, kind: true } });
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return createCoveredWorkingCalendar({
    holidays: days.filter((day) => day.kind === "HOLIDAY").map((day) => iso(day.date)),
    makeUpWorkdays: days
      .filter((day) => day.kind === "MAKE_UP_WORKDAY")
      .map((day) => iso(day.date)),
    coveredYears: [...new Set(days.map((day) => day.date.getUTCFullYear()))],
  });
}
