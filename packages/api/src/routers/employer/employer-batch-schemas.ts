import {
  applicationStatusSchema,
  batchFileErrorCodeSchema,
  batchRowProblemSchema,
  batchRowWarningSchema,
  batchStatusSchema,
  letterFileTypeSchema,
} from "@yibao/domain";
import { z } from "zod";

const count = z.number().int().min(0);

/** The letter of introduction attached to a batch: what it is, never its bytes. */
export const batchLetterView = z.object({
  fileName: z.string(),
  bytes: count,
  sha256: z.string(),
  type: letterFileTypeSchema.nullable(),
});

/** `employer.batches.get`: the interface's shape, and what the portal needs besides. */
export const batchReportView = z.object({
  batchId: z.string(),
  status: batchStatusSchema,
  fileName: z.string(),
  createdAt: z.string(),
  progress: z.object({ done: count, total: count }),
  fileError: z
    .object({
      code: batchFileErrorCodeSchema,
      /** WRONG_COLUMNS: the template's required and optional headers. */
      expectedColumns: z.array(z.string()).optional(),
      optionalColumns: z.array(z.string()).optional(),
    })
    .nullable(),
  rows: z
    .object({
      total: count,
      valid: count,
      invalid: z.array(
        z.object({
          row: z.number().int(),
          errors: z.array(batchRowProblemSchema),
          /** The row's cells as the file had them, for the error file the employer fixes. */
          cells: z.object({
            name: z.string(),
            residentId: z.string(),
            phone: z.string(),
            servicePoint: z.string(),
          }),
        }),
      ),
      warnings: z.array(
        z.object({ row: z.number().int(), warnings: z.array(batchRowWarningSchema) }),
      ),
      /** Rows the photo zip held a good photo for; the others' applications ask for it later. */
      withPhoto: count,
    })
    .nullable(),
  /** Whether a photo zip came with the sheet. */
  photos: z.boolean(),
  letter: batchLetterView.nullable(),
  submitted: z.object({ at: z.string(), validOnly: z.boolean(), applications: count }).nullable(),
});

export const ownBatchListView = z.object({
  items: z.array(
    z.object({
      batchId: z.string(),
      fileName: z.string(),
      status: batchStatusSchema,
      createdAt: z.string(),
      submittedAt: z.string().nullable(),
      agentName: z.string(),
      rows: z.object({ total: count, valid: count }).nullable(),
      fileError: batchFileErrorCodeSchema.nullable(),
      applications: count,
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const batchRowsView = z.object({
  items: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      maskedResidentId: z.string(),
      valid: z.boolean(),
      errors: z.array(batchRowProblemSchema),
      warnings: z.array(batchRowWarningSchema),
      hasPhoto: z.boolean(),
      application: z
        .object({
          id: z.string(),
          reference: z.string(),
          status: applicationStatusSchema,
          version: z.number().int(),
        })
        .nullable(),
    }),
  ),
  nextCursor: z.number().int().nullable(),
});
