import { type CalendarYearEntry, checkCalendarYear } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { type CalendarYearView, getCalendarYear } from "./get-calendar-year";
import { redateApplicationsInYear } from "./redate-applications-in-year";

const utcDate = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * An administrator enters (or corrects) a year's holiday notice: the year's days are replaced,
 * the year is marked entered by them, and the entry is audited, in one transaction; then the open
 * applications whose counted days touch that year are dated again, each in its own transaction
 * (`redateApplicationsInYear`), so that no transaction holds many people's rows; should that stop
 * part-way, saving the same year again finishes it, as both steps are idempotent. An inconsistent
 * year is VALIDATION_FAILED, each problem at its row.
 */
export async function setCalendarYear(
  ctx: ServiceContext<StaffActor>,
  entry: CalendarYearEntry,
): Promise<CalendarYearView & { redatedApplications: number }> {
  const problems = checkCalendarYear(entry);
  if (problems.length > 0) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: problems.map((problem) => ({ path: problem.path.map(String), code: problem.code })),
    });
  }
  const { year, notice } = entry;
  await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.workingCalendarYear.findUnique({ where: { year } });
    await tx.workingCalendarDay.deleteMany({
      where: { date: { gte: utcDate(`${year}-01-01`), lte: utcDate(`${year}-12-31`) } },
    });
    await tx.workingCalendarDay.createMany({
      data: [
        ...entry.holidays.map((day) => ({ ...day, kind: "HOLIDAY" as const })),
        ...entry.makeUpWorkdays.map((day) => ({ ...day, kind: "MAKE_UP_WORKDAY" as const })),
      ].map((day) => ({ date: utcDate(day.date), kind: day.kind, name: day.name, notice })),
    });
    const entered = { notice, enteredAt: ctx.now, enteredById: ctx.actor.staffUserId };
    await tx.workingCalendarYear.upsert({
      where: { year },
      create: { year, ...entered },
      update: entered,
    });
    await recordActorEvent(tx, ctx, {
      action: "calendar.year-set",
      subjectPersonId: null,
      detail: {
        year,
        holidays: entry.holidays.length,
        makeUpWorkdays: entry.makeUpWorkdays.length,
        corrected: before !== null,
      },
    });
  });
  const redatedApplications = await redateApplicationsInYear(ctx, year);
  return { ...(await getCalendarYear(ctx, { year })), redatedApplications };
}
