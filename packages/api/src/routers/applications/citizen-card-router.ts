import { phoneSchema, replacementReasonSchema } from "@yibao/domain";
import { z } from "zod";
import {
  applyOnline,
  cardOverview,
  collectionPoints,
  ownApplicationPhoto,
  reportOwnCardLost,
  resubmitOnline,
  withdrawApplication,
} from "../../services/applications/citizen-card";
import { citizenProcedure, router } from "../../trpc";
import {
  applicationView,
  cardView,
  citizenApplicationView,
  idempotencyKeyInput,
  photoInput,
  servicePointView,
} from "./application-schemas";

const applyInput = z.object({
  servicePointCode: z.string().trim().min(1).max(32),
  phone: phoneSchema,
  photo: photoInput,
  idempotencyKey: idempotencyKeyInput,
});

/** The insured's card and applications: always their own (scope SELF). */
export const citizenCardRouter = router({
  overview: citizenProcedure("account:read")
    .output(z.object({ card: cardView, applications: z.array(citizenApplicationView) }))
    .query(({ ctx }) => cardOverview(ctx.service)),
  servicePoints: citizenProcedure("card:apply")
    .output(z.array(servicePointView))
    .query(({ ctx }) => collectionPoints(ctx.service)),
  // Called `citizen.card.apply` over HTTP (procedureAliases): tRPC reserves `apply` as a key.
  applyOnline: citizenProcedure("card:apply")
    .input(applyInput)
    .output(applicationView)
    .mutation(({ ctx, input }) => applyOnline(ctx.service, input)),
  applyForReplacement: citizenProcedure("card:apply")
    .input(applyInput.extend({ reason: replacementReasonSchema }))
    .output(applicationView)
    .mutation(({ ctx, input }) =>
      applyOnline(ctx.service, { ...input, replacementReason: input.reason }),
    ),
  resubmit: citizenProcedure("card:apply")
    .input(z.object({ applicationId: z.uuid(), photo: photoInput.optional() }))
    .output(applicationView)
    .mutation(({ ctx, input }) => resubmitOnline(ctx.service, input)),
  withdraw: citizenProcedure("card:withdraw")
    .input(z.object({ applicationId: z.uuid() }))
    .output(applicationView)
    .mutation(({ ctx, input }) => withdrawApplication(ctx.service, input)),
  reportLost: citizenProcedure("card:report-lost")
    .input(z.object({}).default({}))
    .output(z.object({ status: z.literal("REPORTED_LOST") }))
    .mutation(({ ctx }) => reportOwnCardLost(ctx.service)),
  photo: citizenProcedure("account:read")
    .input(z.object({ applicationId: z.uuid() }))
    .output(z.object({ dataUrl: z.string() }))
    .query(({ ctx, input }) => ownApplicationPhoto(ctx.service, input)),
});
