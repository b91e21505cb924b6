import {
  balanceOutlookSchema,
  ledgerEntryKindSchema,
  ledgerEntryViewSchema,
  monthSchema,
} from "@yibao/domain";
import { z } from "zod";
import { getProjection } from "../../services/account/get-projection";
import { listAccountAccess } from "../../services/account/list-account-access";
import { listContributions } from "../../services/account/list-contributions";
import { listTransactions } from "../../services/account/list-transactions";
import { citizenProcedure, router } from "../../trpc";

const fen = z.number().int();

/** The insured's own account beyond the summary: transactions, contributions, "will it run out?". */
export const citizenAccountRouter = router({
  transactions: citizenProcedure("account:read")
    .input(
      z
        .object({
          month: monthSchema.optional(),
          kind: ledgerEntryKindSchema.optional(),
          cursor: z.string().max(200).optional(),
        })
        .default({}),
    )
    .output(z.object({ items: z.array(ledgerEntryViewSchema), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listTransactions(ctx.service, input)),
  contributions: citizenProcedure("account:read")
    .input(z.object({ year: z.number().int().min(1990).max(2100).optional() }).default({}))
    .output(
      z.object({
        year: z.number().int(),
        years: z.array(z.number().int()),
        months: z.array(
          z.object({
            month: z.string(),
            paid: z.boolean(),
            totalFen: fen.nullable(),
            creditedFen: fen.nullable(),
            employer: z.object({ creditCode: z.string(), name: z.string().nullable() }).nullable(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => listContributions(ctx.service, input)),
  projection: citizenProcedure("account:read")
    .output(
      z.object({
        outlook: balanceOutlookSchema,
        monthsLeft: z.number().int().nullable(),
        averageMonthlyNetFen: fen,
        balanceFen: fen,
        history: z.array(z.object({ month: z.string(), balanceFen: fen })),
        projectedFen: z.array(fen),
        projectedMonths: z.array(z.string()),
      }),
    )
    .query(({ ctx }) => getProjection(ctx.service)),
  accessLog: citizenProcedure("account:read")
    .input(z.object({ cursor: z.string().max(24).optional() }).default({}))
    .output(
      z.object({
        items: z.array(
          z.object({
            at: z.string(),
            by: z.string(),
            role: z.string(),
            reason: z.string().nullable(),
            method: z.string().nullable(),
          }),
        ),
        nextCursor: z.string().nullable(),
      }),
    )
    .query(({ ctx, input }) => listAccountAccess(ctx.service, input)),
});
