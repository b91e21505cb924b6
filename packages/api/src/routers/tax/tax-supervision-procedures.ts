import {
  isoDateSchema,
  supervisionDecisionSchema,
  supervisionEntryKindSchema,
  supervisionGroundSchema,
  supervisionNoteSchema,
} from "@yibao/domain";
import { z } from "zod";
import { getSupervisionCase } from "../../services/tax/get-supervision-case";
import { listSupervisionCases } from "../../services/tax/list-supervision-cases";
import { openSupervisionCase } from "../../services/tax/open-supervision-case";
import { recordSupervisionEntry } from "../../services/tax/record-supervision-entry";
import { staffProcedure } from "../../trpc";
import { supervisionCaseViewSchema } from "./tax-schemas";

/** 稽核: cases against payers, their inspections, findings and decisions (append-only). */
export const taxSupervisionProcedures = {
  openCase: staffProcedure("supervision:record")
    .input(
      z.object({
        payer: z.union([z.object({ employerId: z.uuid() }), z.object({ personId: z.uuid() })]),
        ground: supervisionGroundSchema,
        note: supervisionNoteSchema,
      }),
    )
    .output(supervisionCaseViewSchema)
    .mutation(({ ctx, input }) => openSupervisionCase(ctx.service, input)),
  recordCaseEntry: staffProcedure("supervision:record")
    .input(
      z.object({
        caseId: z.uuid(),
        kind: supervisionEntryKindSchema,
        occurredOn: isoDateSchema,
        note: supervisionNoteSchema,
        decision: supervisionDecisionSchema.optional(),
      }),
    )
    .output(supervisionCaseViewSchema)
    .mutation(({ ctx, input }) => recordSupervisionEntry(ctx.service, input)),
  cases: staffProcedure("supervision:read")
    .input(
      z
        .object({
          status: z.enum(["OPEN", "CLOSED", "ALL"]).default("OPEN"),
          employerId: z.uuid().optional(),
          personId: z.uuid().optional(),
        })
        .default({ status: "OPEN" }),
    )
    .output(z.object({ items: z.array(supervisionCaseViewSchema) }))
    .query(({ ctx, input }) => listSupervisionCases(ctx.service, input)),
  case: staffProcedure("supervision:read")
    .input(z.object({ caseId: z.uuid() }))
    .output(supervisionCaseViewSchema)
    .query(({ ctx, input }) => getSupervisionCase(ctx.service, input)),
};
