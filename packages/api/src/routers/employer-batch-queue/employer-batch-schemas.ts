import {
  applicationActionTypeSchema,
  applicationStatusSchema,
  employerBatchQueueStateSchema,
  isoDateSchema,
  missingItemSchema,
  refusalSchema,
} from "@yibao/domain";
import { z } from "zod";

export const batchCounts = z.object({
  applications: z.number().int(),
  toDecide: z.number().int(),
  accepted: z.number().int(),
  refused: z.number().int(),
  ready: z.number().int(),
  withEmployer: z.number().int(),
  collected: z.number().int(),
});

export const queuedBatch = z.object({
  id: z.string(),
  submittedAt: z.string(),
  employer: z.object({ name: z.string(), creditCode: z.string() }),
  agent: z.object({ name: z.string() }),
  rowCount: z.number().int(),
  state: employerBatchQueueStateSchema,
  decidedAt: z.string().nullable(),
  counts: batchCounts,
});

const letterFacts = z
  .object({
    fileName: z.string(),
    bytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .nullable();

const collector = z.object({ id: z.string(), name: z.string() });

export const centreBatchView = z.object({
  id: z.string(),
  submittedAt: z.string(),
  state: employerBatchQueueStateSchema,
  decision: z
    .object({
      decidedAt: z.string(),
      decidedBy: z.string().nullable(),
      refusal: refusalSchema.nullable(),
    })
    .nullable(),
  employer: z.object({ id: z.string(), name: z.string(), creditCode: z.string() }),
  agent: z.object({
    id: z.string(),
    name: z.string(),
    maskedResidentId: z.string(),
    authorisedFrom: isoDateSchema,
    authorisedUntil: isoDateSchema,
    authorisedBy: z.string().nullable(),
    authorisedToday: z.boolean(),
  }),
  letters: z.object({ batch: letterFacts, agent: letterFacts }),
  collectors: z.array(collector),
  rowCount: z.number().int(),
  counts: batchCounts,
  rows: z.array(
    z.object({
      rowNumber: z.number().int(),
      name: z.string(),
      maskedResidentId: z.string(),
      application: z.object({
        id: z.string(),
        reference: z.string(),
        status: applicationStatusSchema,
        version: z.number().int(),
        availableActions: z.array(applicationActionTypeSchema),
        cardNumber: z.string().nullable(),
        refusal: refusalSchema.nullable(),
        missingItems: z.array(missingItemSchema).nullable(),
      }),
    }),
  ),
});

export const batchLetter = z.object({
  fileName: z.string(),
  contentType: z.enum(["application/pdf", "image/jpeg", "image/png"]),
  bytes: z.number().int(),
  sha256: z.string(),
  base64: z.string(),
});

export const batchActed = z.object({
  batchId: z.string(),
  changed: z.number().int(),
  unchanged: z.number().int(),
});

export const handOverListView = z.object({
  batchId: z.string(),
  date: isoDateSchema,
  employer: z.object({ name: z.string(), creditCode: z.string() }),
  collectors: z.array(collector),
  rows: z.array(
    z.object({
      rowNumber: z.number().int(),
      reference: z.string(),
      name: z.string(),
      maskedResidentId: z.string(),
      cardNumber: z.string().nullable(),
    }),
  ),
});
