import type { Prisma } from "@yibao/db";
import {
  type ApplicationChannel,
  type ApplicationStatus,
  type CoveredWorkingCalendar,
  canRate,
  chinaToday,
  type RatingState,
  ratingChannelOf,
  workingDaysLeft,
} from "@yibao/domain";

export const ratingInclude = { followUp: true } satisfies Prisma.ServiceRatingInclude;
export type RatingRow = Prisma.ServiceRatingGetPayload<{ include: typeof ratingInclude }>;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * An application's rating as its applicant sees it: the channel it is asked on, whether it may be
 * rated now (canRate), and the rating given with its follow-up's due date in working days.
 */
export function ratingStateOf(
  application: { channel: ApplicationChannel; status: ApplicationStatus },
  rating: RatingRow | null,
  calendar: CoveredWorkingCalendar,
): RatingState {
  const followUp = rating?.followUp ?? null;
  return {
    channel: ratingChannelOf(application.channel),
    rateable: canRate({ status: application.status, rated: rating !== null }).ok,
    given: rating
      ? {
          overall: rating.overall,
          speed: rating.speed,
          attitude: rating.attitude,
          ease: rating.ease,
          comment: rating.comment,
          ratedAt: rating.createdAt.toISOString(),
          followUp: followUp
            ? {
                dueDate: isoDate(followUp.dueDate),
                // The N of "within N working days", as counted on the day it was opened.
                workingDays: workingDaysLeft(
                  isoDate(followUp.dueDate),
                  chinaToday(followUp.openedAt),
                  calendar,
                ),
                calledBack: followUp.closedAt !== null,
              }
            : null,
        }
      : null,
  };
}
