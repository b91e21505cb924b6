import { useQuery } from "@tanstack/react-query";
import { formatFen } from "@yibao/domain";
import { formatDate, Loading, QueryError } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { formatSignedFen } from "./signed-amount";

/** The latest ledger entries, newest first: date, what, signed amount, balance after. */
export function TransactionList() {
  const { t } = useTranslation();
  const transactions = useQuery(trpc.citizen.recentTransactions.queryOptions({ limit: 20 }));

  if (transactions.isPending) return <Loading />;
  if (transactions.isError) {
    return <QueryError error={transactions.error} onRetry={() => void transactions.refetch()} />;
  }
  const { entries } = transactions.data;
  if (entries.length === 0) return <p className="empty">{t("transactions.empty")}</p>;

  return (
    <ol className="transactions">
      {entries.map((entry) => (
        <li key={entry.id} className="transaction">
          <p className="transaction-what">
            <span className="transaction-description">
              {entry.institution?.name ?? entry.contributionMonth ?? ""}
            </span>
            <span className="transaction-kind">{t(`transactions.kind.${entry.kind}`)}</span>
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
