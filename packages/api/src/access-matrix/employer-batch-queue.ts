import type { Role } from "@yibao/domain";
import { type Entry, noSuchId } from "./matrix-entry";

const centre: readonly Role[] = ["COUNTY_CENTRE_CLERK"];
const onBatch = { batchId: noSuchId };

/** The county centre's side of employers' batches (单位批量申领). */
export const employerBatchQueueMatrix: Record<string, Entry> = {
  "staff.employerBatches.list": { allowed: centre, call: (c) => c.staff.employerBatches.list({}) },
  "staff.employerBatches.get": {
    allowed: centre,
    call: (c) => c.staff.employerBatches.get(onBatch),
  },
  "staff.employerBatches.letter": {
    allowed: centre,
    call: (c) => c.staff.employerBatches.letter({ ...onBatch, of: "BATCH" }),
  },
  "staff.employerBatches.decide": {
    allowed: centre,
    call: (c) => c.staff.employerBatches.decide({ ...onBatch, decision: "ACCEPTED" }),
  },
  "staff.employerBatches.advance": {
    allowed: centre,
    call: (c) => c.staff.employerBatches.advance({ ...onBatch, to: "IN_PRODUCTION" }),
  },
  "staff.employerBatches.handOverList": {
    allowed: centre,
    call: (c) => c.staff.employerBatches.handOverList(onBatch),
  },
  "staff.employerBatches.recordCollection": {
    allowed: centre,
    call: (c) => c.staff.employerBatches.recordCollection({ ...onBatch, agentId: noSuchId }),
  },
};
