import { accountSummarySchema } from "@yibao/domain";
import { getAccountSummary } from "../../services/account/get-account-summary";
import { citizenProcedure } from "../../trpc";

// The session is resolved by the summary's own statement: one round trip (docs/benchmarks.md).
export const accountSummary = citizenProcedure("account:read", { session: "in-query" })
  .output(accountSummarySchema)
  .query(({ ctx }) => getAccountSummary(ctx.service));
