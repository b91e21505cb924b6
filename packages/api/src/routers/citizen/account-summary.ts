import { z } from "zod";
import { getAccountSummary } from "../../services/account/get-account-summary";
import { citizenProcedure } from "../../trpc";

export const accountSummary = citizenProcedure("account:read")
  .output(
    z.object({
      name: z.string(),
      maskedResidentId: z.string(),
      status: z.enum(["ACTIVE", "SEALED", "NO_CONTRIBUTIONS"]),
      sealedSince: z.string().nullable(),
      lastPaidMonth: z.string().nullable(),
      balanceFen: z.number().int(),
      asOf: z.string(),
    }),
  )
  .query(({ ctx }) => getAccountSummary(ctx.service));
