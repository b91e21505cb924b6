import { z } from "zod";
import { attachBatchLetter } from "../../services/employers/attach-batch-letter";
import { listBatchRows } from "../../services/employers/list-batch-rows";
import { listOwnBatches } from "../../services/employers/list-own-batches";
import { readBatchReport } from "../../services/employers/read-batch-report";
import { requestBatchCheck } from "../../services/employers/request-batch-check";
import { submitEmployerBatch } from "../../services/employers/submit-employer-batch";
import { employerProcedure, router } from "../../trpc";
import {
  batchLetterView,
  batchReportView,
  batchRowsView,
  ownBatchListView,
} from "./employer-batch-schemas";

const onBatch = z.object({ batchId: z.uuid() });

/**
 * An employer's batches of card applications (单位批量申领, the employer issue), for its handling
 * agents: a spreadsheet sent with POST /uploads is checked on the job queue (`check`), its report
 * followed (`get`, with the progress), the letter of introduction attached, and the batch
 * submitted all or nothing. Another employer's batch or file is NOT_FOUND.
 */
export const employerBatchesRouter = router({
  list: employerProcedure("employer-batch:read")
    .input(
      z
        .object({
          cursor: z.uuid().optional(),
          limit: z.number().int().min(1).max(100).default(20),
        })
        .default({ limit: 20 }),
    )
    .output(ownBatchListView)
    .query(({ ctx, input }) => listOwnBatches(ctx.service, input)),
  get: employerProcedure("employer-batch:read")
    .input(onBatch)
    .output(batchReportView)
    .query(({ ctx, input }) => readBatchReport(ctx.service, input)),
  rows: employerProcedure("employer-batch:read")
    .input(
      onBatch.extend({
        cursor: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      }),
    )
    .output(batchRowsView)
    .query(({ ctx, input }) => listBatchRows(ctx.service, input)),
  check: employerProcedure("employer-batch:check")
    // The sheet's upload, and the photo zip's (`<身份证号码>.jpg`) if the employer has one.
    .input(z.object({ uploadId: z.uuid(), photosUploadId: z.uuid().optional() }))
    .output(z.object({ batchId: z.string() }))
    .mutation(({ ctx, input }) => requestBatchCheck(ctx.service, ctx.jobs, input)),
  attachLetter: employerProcedure("employer-batch:check")
    .input(onBatch.extend({ uploadId: z.uuid() }))
    .output(z.object({ letter: batchLetterView.nullable() }))
    .mutation(({ ctx, input }) => attachBatchLetter(ctx.service, input)),
  submit: employerProcedure("employer-batch:submit")
    .input(
      onBatch.extend({
        validOnly: z.boolean().optional(),
        // A fresh one per submit the agent means (the portal makes it when the page opens).
        idempotencyKey: z.string().trim().min(8).max(100),
      }),
    )
    .output(z.object({ batchId: z.string(), applications: z.number().int() }))
    .mutation(({ ctx, input }) => submitEmployerBatch(ctx.service, input)),
});
