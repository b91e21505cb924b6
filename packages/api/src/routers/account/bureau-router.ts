import {
  accountLookUpReasonSchema,
  accountSummarySchema,
  ledgerEntryViewSchema,
  residentIdSchema,
} from "@yibao/domain";
import { z } from "zod";
import { lookUpAccount } from "../../services/bureau/look-up-account";
import { router, staffProcedure } from "../../trpc";

/** The bureau's balance inquiry at the counter. */
export const bureauRouter = router({
  // A mutation: it is audited and may spend an e-card token.
  lookUp: staffProcedure("account:look-up")
    .input(
      z.union([
        z.object({ residentId: residentIdSchema, reason: accountLookUpReasonSchema }),
        z.object({ token: z.string().trim().min(1).max(2_000), reason: accountLookUpReasonSchema }),
      ]),
    )
    .output(accountSummarySchema.extend({ recentTransactions: z.array(ledgerEntryViewSchema) }))
    .mutation(({ ctx, input }) => lookUpAccount(ctx.service, input)),
});
