import { auditActionSchema, isoDateSchema, residentIdSchema } from "@yibao/domain";
import { z } from "zod";
import { exportAuditTrail } from "../../services/audit/export-audit-trail";
import { searchAuditTrail } from "../../services/audit/search-audit-trail-service";
import { verifyAuditTrail } from "../../services/audit/verify-audit-trail";
import { router, staffProcedure } from "../../trpc";

const filter = z.object({
  residentId: residentIdSchema.optional(),
  actor: z.string().trim().min(1).max(64).optional(),
  action: auditActionSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

const entry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorKind: z.string(),
  actor: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  subject: z.object({ name: z.string(), maskedResidentId: z.string() }).nullable(),
  result: z.string(),
  clientAddress: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

/** The audit trail, for the auditor only (三员分立), who reads it and changes nothing. */
export const auditRouter = router({
  search: staffProcedure("audit:read")
    .input(filter.extend({ cursor: z.number().int().positive().optional() }))
    .output(z.object({ items: z.array(entry), nextCursor: z.number().int().nullable() }))
    .query(({ ctx, input }) => searchAuditTrail(ctx.service, input)),
  export: staffProcedure("audit:export")
    .input(filter)
    .output(z.object({ fileName: z.string(), csv: z.string() }))
    .query(({ ctx, input }) => exportAuditTrail(ctx.service, input)),
  verifyChain: staffProcedure("audit:read")
    .output(
      z.object({
        ok: z.boolean(),
        checked: z.number().int(),
        firstBrokenSeq: z.number().int().nullable(),
        problem: z.string().nullable(),
      }),
    )
    .query(({ ctx }) => verifyAuditTrail(ctx.service)),
});
