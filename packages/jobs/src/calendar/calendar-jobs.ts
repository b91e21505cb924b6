import { loadCoveredYears } from "@yibao/db";
import { calendarReminderDue, chinaToday, staffNotificationFacts } from "@yibao/domain";
import type { JobDefinition } from "../job-definition";

/**
 * Each morning (08:30 in China), from 1 November while next year's holiday notice has not been
 * entered: a CALENDAR_YEAR_MISSING message in the inbox of every active administrator. One per
 * administrator per day (the dedupe key), so a run retried or repeated sends nothing more.
 */
export const calendarYearReminder: JobDefinition = {
  name: "calendar.year-missing-reminder",
  schedule: "30 0 * * *",
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  async run({ database, now }) {
    const { prisma } = database;
    const today = chinaToday(now);
    const year = calendarReminderDue(today, await loadCoveredYears(prisma));
    if (year === null) return { notified: 0 };
    const administrators = await prisma.staffUser.findMany({
      where: { role: "ADMINISTRATOR", active: true },
      select: { id: true },
    });
    const facts = staffNotificationFacts.CALENDAR_YEAR_MISSING.parse({ year });
    const { count } = await prisma.staffNotification.createMany({
      data: administrators.map((administrator) => ({
        staffUserId: administrator.id,
        createdAt: now,
        topic: "CALENDAR_YEAR_MISSING",
        facts,
        dedupeKey: `calendar-year-missing:${year}:${administrator.id}:${today}`,
      })),
      skipDuplicates: true,
    });
    return { notified: count };
  },
};

/** The working-day calendar's reminder to administrators. */
export const calendarJobs: readonly JobDefinition[] = [calendarYearReminder];
