import { redateProvisionalApplications } from "../calendar/redate-open-applications";
import type { PrismaClient } from "../generated/prisma/client";
import type { CalendarDay } from "./calendar-2026";

/**
 * Upserts holiday-notice days. The calendar is reference data, seeded in production too; a
 * corrected notice overwrites the day's kind and name. Open applications whose due date was
 * provisional are dated again.
 */
export async function seedWorkingCalendar(
  prisma: PrismaClient,
  days: readonly CalendarDay[],
): Promise<void> {
  await prisma.$transaction(
    days.map((day) => {
      const date = new Date(`${day.date}T00:00:00Z`);
      const fields = { kind: day.kind, name: day.name, notice: day.notice };
      return prisma.workingCalendarDay.upsert({
        where: { date },
        create: { date, ...fields },
        update: fields,
      });
    }),
  );
  await redateProvisionalApplications(prisma);
}
