import { z } from "zod";
import { institutionKindSchema } from "./institution-kinds";
import { ledgerEntryKindSchema } from "./ledger-entry-kinds";

/**
 * One ledger entry as the insured (and the bureau clerk answering them) sees it: facts only —
 * the apps write "2026年10月 个人账户划入" or "药店购药 云溪县百姓大药房" in the reader's language.
 */
export const ledgerEntryViewSchema = z.object({
  id: z.string(),
  postedAt: z.string(),
  kind: ledgerEntryKindSchema,
  amountFen: z.number().int(),
  balanceAfterFen: z.number().int(),
  /** CONTRIBUTION_CREDIT: the month ('YYYY-MM') the contribution belongs to. */
  contributionMonth: z.string().nullable(),
  /** SETTLEMENT_DEBIT and its REVERSAL: where the bill was paid. */
  institution: z.object({ name: z.string(), kind: institutionKindSchema }).nullable(),
  settlementId: z.string().nullable(),
  /** REVERSAL: the kind of entry it undoes. */
  reverses: ledgerEntryKindSchema.nullable(),
});
export type LedgerEntryView = z.infer<typeof ledgerEntryViewSchema>;
