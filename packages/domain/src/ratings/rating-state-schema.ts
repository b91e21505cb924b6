import { z } from "zod";
import { ratingChannelSchema } from "./rating-channels";
import { ratingScoreSchema } from "./rating-schema";

/** A rating as it was given, with the follow-up it opened (the API's answer, the app's display). */
export const givenRatingSchema = z.object({
  overall: ratingScoreSchema,
  speed: ratingScoreSchema.nullable(),
  attitude: ratingScoreSchema.nullable(),
  ease: ratingScoreSchema.nullable(),
  comment: z.string().nullable(),
  ratedAt: z.string(),
  /** A bad rating's call-back: by when, and in how many working days from the rating. */
  followUp: z
    .object({ dueDate: z.string(), workingDays: z.number().int(), calledBack: z.boolean() })
    .nullable(),
});
export type GivenRating = z.infer<typeof givenRatingSchema>;

/** Where one application stands for its rating: what it is asked on, whether it may be rated now, what was given. */
export const ratingStateSchema = z.object({
  channel: ratingChannelSchema,
  rateable: z.boolean(),
  given: givenRatingSchema.nullable(),
});
export type RatingState = z.infer<typeof ratingStateSchema>;
