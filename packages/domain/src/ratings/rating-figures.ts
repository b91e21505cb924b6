import { z } from "zod";
import { isFollowUpOverdue } from "./follow-up-due-date";
import { opensFollowUp } from "./opens-follow-up";
import { ratingScores } from "./rating-schema";

export interface RatedCase {
  overall: number;
  followUp: { dueDate: string; closed: boolean } | null;
}

const count = z.number().int().min(0);

/** The figures of a set of ratings, as the API sends them and the dashboard shows them. */
export const ratingFiguresSchema = z.object({
  count,
  /** The mean overall score to one decimal (half up), null without ratings. */
  averageOverall: z.number().nullable(),
  /** How many gave each overall score, 1 to 5 in that order. */
  perScore: z.tuple([count, count, count, count, count]),
  /** Overall 1 or 2. */
  bad: count,
  /** Of the follow-ups these ratings opened: not called back yet (overdue ones included). */
  followUpsOpen: count,
  /** Open past the due date on `today`. */
  followUpsOverdue: count,
  followUpsClosed: count,
});
export type RatingFigures = z.infer<typeof ratingFiguresSchema>;

/** The figures of a set of ratings (one service point's in a period), on the China date `today`. */
export function ratingFiguresOf(cases: readonly RatedCase[], today: string): RatingFigures {
  const perScore: RatingFigures["perScore"] = [0, 0, 0, 0, 0];
  let total = 0;
  let bad = 0;
  let followUpsOpen = 0;
  let followUpsOverdue = 0;
  let followUpsClosed = 0;
  for (const rated of cases) {
    const index = ratingScores.indexOf(rated.overall as (typeof ratingScores)[number]);
    if (index < 0) throw new RangeError(`an overall score is 1 to 5, got ${rated.overall}`);
    perScore[index] = (perScore[index] ?? 0) + 1;
    total += rated.overall;
    if (opensFollowUp(rated)) bad += 1;
    if (rated.followUp === null) continue;
    if (rated.followUp.closed) followUpsClosed += 1;
    else followUpsOpen += 1;
    if (isFollowUpOverdue(rated.followUp, today)) followUpsOverdue += 1;
  }
  return {
    count: cases.length,
    // Integer arithmetic: tenths rounded half up, never a float like 3.6500000001.
    averageOverall:
      cases.length === 0 ? null : Math.floor((total * 20 + cases.length) / (cases.length * 2)) / 10,
    perScore,
    bad,
    followUpsOpen,
    followUpsOverdue,
    followUpsClosed,
  };
}
