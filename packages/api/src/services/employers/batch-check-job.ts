import { z } from "zod";
import type { SentJob } from "../jobs/sent-job";
import { checkEmployerBatch } from "./check-employer-batch";

/** The check of one employer's batch, sent by `employer.batches.check` with the batch's id. */
export const batchCheckJob: SentJob = {
  name: "employers.check-batch",
  run: (ctx, data) => checkEmployerBatch(ctx, z.object({ batchId: z.uuid() }).parse(data)),
};
