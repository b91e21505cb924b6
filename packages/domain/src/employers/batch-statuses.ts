import { z } from "zod";

/**
 * Where a batch stands (the employer issue's interface): being checked on the job queue, checked
 * (the report is there), refused as a whole file, or submitted as card applications.
 */
export const batchStatuses = ["CHECKING", "CHECKED", "FILE_REFUSED", "SUBMITTED"] as const;
export const batchStatusSchema = z.enum(batchStatuses);
export type BatchStatus = (typeof batchStatuses)[number];
