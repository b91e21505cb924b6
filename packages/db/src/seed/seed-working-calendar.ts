import { redateWithoutActions } from "../calendar/redate-open-applications";
import type { PrismaClient } from "../generated/prisma/client";
import type { CalendarDay } from "./calendar-2026";

/**
 * Upserts holiday-notice days and marks each of their years as entered, with its notice. The
 * calendar is reference data, seeded in production too; a corrected notice overwrites the day's
 * kind and name and the year's notice. Open applications whose due date was provisional are
 * dated again (without recorded actions: see `redateWithoutActions`).
 */
export async function seedWorkingCalendar(
  prisma: PrismaClient,
  days: readonly CalendarDay[],
  now: Date = new Date(),
): Promise<void> {
  const noticeOfYear = new Map<number, string>();
  for (const day of days) {
    const year = Number(day.date.slice(0, 4));
    if (!noticeOfYear.has(year)) noticeOfYear.set(year, day.notice);
  }
  await prisma.$transaction([
    ...days.map((day) => {
      const date = new Date(`${day.date}T00:00:00Z`);
      const fields = { kind: day.kind, name: day.name, notice: day.notice };
      return prisma.workingCalendarDay.upsert({
        where: { date },
        create: { date, ...fields },
        update: fields,
      });
    }),
    ...[...noticeOfYear].map(([year, notice]) =>
      prisma.workingCalendarYear.upsert({
        where: { year },
        create: { year, notice, enteredAt: now },
        update: { notice },
      }),
    ),
  ]);
  await redateWithoutActions(prisma);
}
