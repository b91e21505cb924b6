import { useQuery } from "@tanstack/react-query";
import { Loading, QueryError } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { trpc } from "../../trpc";
import { TransactionList } from "./transaction-list";

/** The latest entries on the home page, with the way to all of them. */
export function RecentTransactions() {
  const { t } = useTranslation();
  const recent = useQuery(trpc.citizen.recentTransactions.queryOptions({ limit: 20 }));

  if (recent.isPending) return <Loading />;
  if (recent.isError) {
    return <QueryError error={recent.error} onRetry={() => void recent.refetch()} />;
  }
  const { entries } = recent.data;
  if (entries.length === 0) return <p className="empty">{t("transactions.empty")}</p>;
  return (
    <>
      <TransactionList entries={entries} />
      <p className="see-all">
        <Link to="/transactions">{t("transactions.viewAll")}</Link>
      </p>
    </>
  );
}
