import { accountSummarySchema } from "@yibao/domain";
import { getAccountSummary } from "../../services/account/get-account-summary";
import { citizenProcedure } from "../../trpc";

export const accountSummary = citizenProcedure("account:read")
  .output(accountSummarySchema)
  .query(({ ctx }) => getAccountSummary(ctx.service));
