import { ratingInputSchema, ratingStateSchema } from "@yibao/domain";
import { z } from "zod";
import { submitRating } from "../../services/ratings/submit-rating";
import { citizenProcedure, router } from "../../trpc";

/**
 * 好差评: the insured rates their own finished application. Whether one may be rated, and the
 * rating given, come with the card overview (`citizen.card.overview`, each application's `rating`).
 */
export const ratingsRouter = router({
  submit: citizenProcedure("rating:submit")
    .input(ratingInputSchema.extend({ applicationId: z.uuid() }))
    .output(ratingStateSchema)
    .mutation(({ ctx, input }) => submitRating(ctx.service, input)),
});
