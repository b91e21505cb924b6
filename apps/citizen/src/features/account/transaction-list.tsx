import type { LedgerEntryView } from "@yibao/domain";
import { formatFen } from "@yibao/domain";
import { formatDate, ledgerEntryWords } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { formatSignedFen } from "./signed-amount";

/**
 * Ledger entries, newest first: what each was in words (written here from its facts), the date,
 * the signed amount and the balance after it.
 */
export function TransactionList({ entries }: { entries: readonly LedgerEntryView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="transactions">
      {entries.map((entry) => (
        <li key={entry.id} className="transaction" data-kind={entry.kind}>
          <p className="transaction-what">
            <span className="transaction-description">
              {ledgerEntryWords(t, entry, i18n.language)}
            </span>
          </p>
          <time className="transaction-date" dateTime={entry.postedAt}>
            {formatDate(entry.postedAt)}
          </time>
          <p className="transaction-amount" data-direction={entry.amountFen < 0 ? "out" : "in"}>
            <span className="visually-hidden">{t("transactions.amount")} </span>
            {formatSignedFen(entry.amountFen)}
          </p>
          <p className="transaction-balance">
            {t("transactions.balanceAfter", { amount: formatFen(entry.balanceAfterFen) })}
          </p>
        </li>
      ))}
    </ol>
  );
}
