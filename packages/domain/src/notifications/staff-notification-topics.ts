import { z } from "zod";

/**
 * What a staff member's inbox holds, as facts the staff app puts into words (STYLE.md: facts,
 * not sentences). Each topic's facts are checked by its schema when written and when read.
 */
export const staffNotificationFacts = {
  // Each working morning: what the reader's scope has due today and overdue.
  MORNING_DIGEST: z.object({
    date: z.iso.date(),
    servicePoints: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        dueToday: z.number().int().min(0),
        overdue: z.number().int().min(0),
        escalated: z.number().int().min(0),
      }),
    ),
  }),
  // From 1 November while next year's holiday notice has not been entered (administrators).
  CALENDAR_YEAR_MISSING: z.object({ year: z.number().int() }),
} as const;

export type StaffNotificationTopic = keyof typeof staffNotificationFacts;
export const staffNotificationTopics = Object.keys(
  staffNotificationFacts,
) as StaffNotificationTopic[];
export type StaffNotificationFactsOf<T extends StaffNotificationTopic> = z.infer<
  (typeof staffNotificationFacts)[T]
>;
