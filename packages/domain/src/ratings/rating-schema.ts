import { z } from "zod";
import { type RatingChannel, ratingAspects, ratingAspectsOf } from "./rating-channels";

/** One score: 1 (非常不满意) to 5 (非常满意), as government service counters ask it. */
export const ratingScores = [1, 2, 3, 4, 5] as const;
export const ratingScoreSchema = z.number().int().min(1).max(5);
export type RatingScore = (typeof ratingScores)[number];

/** The person's own words, optional: trimmed, at most 300 characters; an empty one is none. */
export const ratingCommentSchema = z
  .string()
  .trim()
  .max(300)
  .optional()
  .transform((comment) => (comment === "" ? undefined : comment));

/** A rating as it is sent, before the application's channel says which scores belong. */
export const ratingInputSchema = z.object({
  overall: ratingScoreSchema,
  speed: ratingScoreSchema.optional(),
  attitude: ratingScoreSchema.optional(),
  ease: ratingScoreSchema.optional(),
  comment: ratingCommentSchema,
});
export type RatingInput = z.input<typeof ratingInputSchema>;
export type Rating = z.output<typeof ratingInputSchema>;

/**
 * A rating for `channel`: its own scores required (REQUIRED), the other channel's refused
 * (NOT_FOR_CHANNEL), so a counter rating never carries an "ease" nor an online one an "attitude".
 */
export function ratingSchemaFor(channel: RatingChannel) {
  const asked = ratingAspectsOf[channel];
  return ratingInputSchema.superRefine((rating, ctx) => {
    for (const aspect of ratingAspects) {
      const given = rating[aspect] !== undefined;
      if (asked.includes(aspect) && !given) {
        ctx.addIssue({ code: "custom", path: [aspect], message: "REQUIRED" });
      } else if (!asked.includes(aspect) && given) {
        ctx.addIssue({ code: "custom", path: [aspect], message: "NOT_FOR_CHANNEL" });
      }
    }
  });
}
