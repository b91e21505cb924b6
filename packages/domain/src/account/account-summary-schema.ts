import { z } from "zod";
import { accountStatusSchema } from "./account-status-for";

/**
 * The account at a glance, as the insured sees it and as the bureau clerk sees it for them.
 * `sealedAccountMayPay` is the county's setting in force today, so the app can say what sealing
 * means here (DOMAIN.md, "The account").
 */
export const accountSummarySchema = z.object({
  name: z.string(),
  maskedResidentId: z.string(),
  status: accountStatusSchema,
  sealedSince: z.string().nullable(),
  lastPaidMonth: z.string().nullable(),
  balanceFen: z.number().int(),
  asOf: z.string(),
  sealedAccountMayPay: z.boolean(),
});
export type AccountSummaryView = z.infer<typeof accountSummarySchema>;
