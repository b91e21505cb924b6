import { z } from "zod";

/**
 * What a ledger entry records (DOMAIN.md, "The account"): a contribution's personal-account share
 * credited, a settlement at a designated institution debited, or the reversal (冲正) of one whole
 * earlier entry. Entries hold these facts; the apps write the words.
 */
export const ledgerEntryKinds = ["CONTRIBUTION_CREDIT", "SETTLEMENT_DEBIT", "REVERSAL"] as const;
export const ledgerEntryKindSchema = z.enum(ledgerEntryKinds);
export type LedgerEntryKind = (typeof ledgerEntryKinds)[number];
