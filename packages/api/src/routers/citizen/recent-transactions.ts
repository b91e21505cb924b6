import { ledgerEntryViewSchema } from "@yibao/domain";
import { z } from "zod";
import { listRecentTransactions } from "../../services/account/list-recent-transactions";
import { citizenProcedure } from "../../trpc";

export const recentTransactions = citizenProcedure("account:read", { session: "in-query" })
  .input(z.object({ limit: z.number().int().min(1).max(50).default(20) }).default({ limit: 20 }))
  .output(z.object({ entries: z.array(ledgerEntryViewSchema) }))
  .query(({ ctx, input }) => listRecentTransactions(ctx.service, input));
