import {
  employerBatchDecisionSchema,
  employerBatchQueueStateSchema,
  employerBatchTargetSchema,
} from "@yibao/domain";
import { z } from "zod";
import { advanceEmployerBatch } from "../../services/employer-batch-queue/advance-employer-batch";
import { decideEmployerBatch } from "../../services/employer-batch-queue/decide-employer-batch";
import { getEmployerBatch } from "../../services/employer-batch-queue/get-employer-batch";
import { handOverList } from "../../services/employer-batch-queue/hand-over-list";
import { listEmployerBatches } from "../../services/employer-batch-queue/list-employer-batches";
import { readBatchLetter } from "../../services/employer-batch-queue/read-batch-letter";
import { recordEmployerCollection } from "../../services/employer-batch-queue/record-employer-collection";
import { router, staffProcedure } from "../../trpc";
import { refusalOf } from "../applications/application-schemas";
import {
  batchActed,
  batchLetter,
  centreBatchView,
  handOverListView,
  queuedBatch,
} from "./employer-batch-schemas";

const onBatch = z.object({ batchId: z.uuid() });
const noticeText = z.string().trim().min(1).max(500);

/**
 * The county centre's side of employers' batches (单位批量申领, DOMAIN.md channel 4), in its
 * scope (the whole county): the queue, a batch with its letter, the decision, production, the
 * hand-over list and the agent who collected the cards. Single rows are worked through
 * `staff.applications.*` (verify, approve, refuse), like any application.
 */
export const employerBatchQueueRouter = router({
  list: staffProcedure("employer-batch:read")
    .input(
      z
        .object({
          state: employerBatchQueueStateSchema.optional(),
          cursor: z.uuid().optional(),
          limit: z.number().int().min(1).max(100).default(50),
        })
        .default({ limit: 50 }),
    )
    .output(z.object({ items: z.array(queuedBatch), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listEmployerBatches(ctx.service, input)),
  get: staffProcedure("employer-batch:read")
    .input(onBatch)
    .output(centreBatchView)
    .query(({ ctx, input }) => getEmployerBatch(ctx.service, input)),
  letter: staffProcedure("employer-batch:read")
    .input(onBatch.extend({ of: z.enum(["BATCH", "AGENT"]).default("BATCH") }))
    .output(batchLetter)
    .query(({ ctx, input }) => readBatchLetter(ctx.service, input)),
  decide: staffProcedure("employer-batch:process")
    .input(
      onBatch
        .extend({
          decision: employerBatchDecisionSchema,
          reason: noticeText.optional(),
          remedy: noticeText.optional(),
        })
        .refine((input) => input.decision === "ACCEPTED" || input.reason !== undefined, {
          message: "REASON_REQUIRED",
          path: ["reason"],
        }),
    )
    .output(batchActed.extend({ decision: employerBatchDecisionSchema }))
    .mutation(({ ctx, input }) =>
      decideEmployerBatch(
        ctx.service,
        input.decision === "ACCEPTED"
          ? { batchId: input.batchId, decision: "ACCEPTED" }
          : {
              batchId: input.batchId,
              decision: "REJECTED",
              refusal: refusalOf(input.reason ?? "", input.remedy),
            },
      ),
    ),
  advance: staffProcedure("employer-batch:process")
    .input(onBatch.extend({ to: employerBatchTargetSchema }))
    .output(batchActed)
    .mutation(({ ctx, input }) => advanceEmployerBatch(ctx.service, input)),
  handOverList: staffProcedure("employer-batch:read")
    .input(onBatch)
    .output(handOverListView)
    .query(({ ctx, input }) => handOverList(ctx.service, input)),
  recordCollection: staffProcedure("employer-batch:process")
    .input(onBatch.extend({ agentId: z.uuid() }))
    .output(batchActed)
    .mutation(({ ctx, input }) => recordEmployerCollection(ctx.service, input)),
});
