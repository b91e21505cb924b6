import { z } from "zod";
import { handOutEmployerCard } from "../../services/applications/hand-out-employer-card";
import { listCardsToHandOut } from "../../services/employers/list-cards-to-hand-out";
import { employerProcedure, router } from "../../trpc";

/** The cards the employer holds for its employees, and recording each one handed out. */
export const employerCardsRouter = router({
  list: employerProcedure("employer-card:hand-out")
    .output(
      z.object({
        items: z.array(
          z.object({
            applicationId: z.string(),
            version: z.number().int(),
            reference: z.string(),
            maskedName: z.string(),
            maskedResidentId: z.string(),
            cardNumber: z.string().nullable(),
            status: z.enum(["WITH_EMPLOYER", "UNCOLLECTED"]),
            collectedAt: z.string().nullable(),
          }),
        ),
      }),
    )
    .query(({ ctx }) => listCardsToHandOut(ctx.service)),
  handOut: employerProcedure("employer-card:hand-out")
    .input(z.object({ applicationId: z.uuid(), version: z.number().int().min(1) }))
    .output(
      z.object({
        applicationId: z.string(),
        status: z.string(),
        version: z.number().int(),
        cardNumber: z.string().nullable(),
      }),
    )
    .mutation(({ ctx, input }) => handOutEmployerCard(ctx.service, input)),
});
