import {
  applicationChannelSchema,
  followUpListStatusSchema,
  followUpNoteSchema,
  followUpOutcomeSchema,
  givenRatingSchema,
  ratingChannelSchema,
  ratingFiguresSchema,
  slaRangeSchema,
} from "@yibao/domain";
import { z } from "zod";
import { followUpCursorPattern, listFollowUps } from "../../services/ratings/list-follow-ups";
import { recordCallBack } from "../../services/ratings/record-call-back";
import { summariseRatings } from "../../services/ratings/summarise-ratings";
import { router, staffProcedure } from "../../trpc";

/** A rating as staff read it: the scores and comment, on which channel, when. */
const ratingGiven = givenRatingSchema
  .omit({ followUp: true })
  .extend({ channel: ratingChannelSchema });

const followUpItem = z.object({
  id: z.string(),
  openedAt: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
  closed: z.boolean(),
  person: z.object({
    name: z.string(),
    maskedResidentId: z.string(),
    phone: z.string().nullable(),
  }),
  application: z.object({
    id: z.string(),
    reference: z.string(),
    channel: applicationChannelSchema,
  }),
  servicePoint: z.object({ code: z.string(), name: z.string() }),
  rating: ratingGiven,
  callBack: z
    .object({
      at: z.string(),
      outcome: followUpOutcomeSchema,
      note: z.string(),
      by: z.string().nullable(),
    })
    .nullable(),
});

/** The dashboard's period (domain `slaRangeSchema`: `to` not before `from`, at most a year). */
const period = z.intersection(
  slaRangeSchema,
  z.object({ servicePointCode: z.string().trim().min(1).max(32).optional() }),
);

/** 差评回访: the county centre's follow-ups of bad ratings, and the ratings' figures for the dashboard. */
export const followUpsRouter = router({
  list: staffProcedure("follow-up:list")
    .input(
      z
        .object({
          status: followUpListStatusSchema.default("OPEN"),
          cursor: z.string().regex(followUpCursorPattern).optional(),
          limit: z.number().int().min(1).max(50).optional(),
        })
        .default({ status: "OPEN" }),
    )
    .output(z.object({ items: z.array(followUpItem), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listFollowUps(ctx.service, input)),
  recordCallBack: staffProcedure("follow-up:record")
    .input(
      z.object({
        followUpId: z.uuid(),
        outcome: followUpOutcomeSchema,
        note: followUpNoteSchema,
      }),
    )
    .output(followUpItem)
    .mutation(({ ctx, input }) => recordCallBack(ctx.service, input)),
  // Per service point in the reader's scope: a service point's clerk their own (another code is
  // FORBIDDEN), county roles every point or the one asked. Ratings count on the China date given;
  // follow-ups are those the period's bad ratings opened, as they stand now.
  ratings: staffProcedure("dashboard:read")
    .input(period)
    .output(
      z.object({
        servicePoints: z.array(ratingFiguresSchema.extend({ code: z.string(), name: z.string() })),
        total: ratingFiguresSchema,
        rows: z.array(
          ratingGiven.extend({
            reference: z.string(),
            servicePointCode: z.string(),
            servicePointName: z.string(),
            followUp: z
              .object({
                dueDate: z.string(),
                status: z.enum(["OPEN", "OVERDUE", "CLOSED"]),
                outcome: followUpOutcomeSchema.nullable(),
              })
              .nullable(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => summariseRatings(ctx.service, input)),
});
