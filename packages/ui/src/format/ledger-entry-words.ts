import type { TFunction } from "i18next";
import { formatMonth } from "./format-month";

/**
 * The facts of a ledger entry that its words are made of (`ledgerEntryViewSchema` in
 * `@yibao/domain`, which this package does not depend on; a `LedgerEntryView` is one).
 */
export interface LedgerEntryFacts {
  kind: string;
  /** CONTRIBUTION_CREDIT: the month ('YYYY-MM') the contribution belongs to. */
  contributionMonth: string | null;
  /** SETTLEMENT_DEBIT and its REVERSAL: where the bill was paid. */
  institution: { name: string; kind: string } | null;
}

function what(t: TFunction, entry: LedgerEntryFacts, language: string): string {
  switch (entry.kind) {
    case "CONTRIBUTION_CREDIT":
      return entry.contributionMonth
        ? t("ledger.contributionCredit", {
            month: formatMonth(entry.contributionMonth, language),
          })
        : t("ledger.contributionCreditNoMonth");
    case "REVERSAL":
      return t("ledger.reversal");
    default:
      // A pharmacy's sale and a hospital's bill read differently; any other place, or a kind
      // this app does not know yet, is a payment all the same.
      return t([
        `ledger.settlementDebit.${entry.institution?.kind}`,
        "ledger.settlementDebit.other",
      ]);
  }
}

/**
 * One line saying what a ledger entry was, in the reader's language — 2026年10月 个人账户划入,
 * 药店购药 · 云溪县百姓大药房, 冲正（退款） · 云溪县百姓大药房 — written from the entry's facts
 * (STYLE.md: ledger rows hold facts, the apps write the words), the same in both apps.
 */
export function ledgerEntryWords(t: TFunction, entry: LedgerEntryFacts, language: string): string {
  const words = what(t, entry, language);
  return entry.institution
    ? t("ledger.at", { what: words, institution: entry.institution.name })
    : words;
}
