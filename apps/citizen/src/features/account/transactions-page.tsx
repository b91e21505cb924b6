import { useInfiniteQuery } from "@tanstack/react-query";
import { isMonth, ledgerEntryKinds } from "@yibao/domain";
import { Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { trpc } from "../../trpc";
import { useWording } from "../elder-mode/use-wording";
import { BackHomeLink } from "./back-home-link";
import { type TransactionFilter, TransactionFilters } from "./transaction-filters";
import { TransactionList } from "./transaction-list";

// The filter lives in the address (a month and a kind, nothing personal), so that Back, a
// reload and a bookmark keep it.
function filterOf(params: URLSearchParams): TransactionFilter {
  const month = params.get("month");
  const kind = ledgerEntryKinds.find((known) => known === params.get("kind")) ?? null;
  return { month: month && isMonth(month) ? month : null, kind };
}

function paramsOf(filter: TransactionFilter): Record<string, string> {
  return {
    ...(filter.month ? { month: filter.month } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
}

/** 交易明细: every entry of the account, by month and kind, 20 at a time. */
export function TransactionsPage() {
  const { t } = useTranslation();
  const w = useWording();
  useDocumentTitle(w("pages.transactions"));
  const [params, setParams] = useSearchParams();
  // The choice shows at once; the address follows it (a navigation React may render later), and
  // Back or a link that changes the address changes the choice.
  const [filter, setFilter] = useState(() => filterOf(params));
  useEffect(() => setFilter(filterOf(params)), [params]);
  const transactions = useInfiniteQuery(
    trpc.citizen.account.transactions.infiniteQueryOptions(
      {
        ...(filter.month ? { month: filter.month } : {}),
        ...(filter.kind ? { kind: filter.kind } : {}),
      },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const entries = transactions.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = filter.month !== null || filter.kind !== null;

  return (
    <>
      <PageHeading>{w("transactions.heading")}</PageHeading>
      <TransactionFilters
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setParams(paramsOf(next), { replace: true });
        }}
      />
      {transactions.isPending ? <Loading /> : null}
      {transactions.isError ? (
        <QueryError error={transactions.error} onRetry={() => void transactions.refetch()} />
      ) : null}
      {transactions.data ? (
        <>
          <p role="status" className="result-count">
            {entries.length === 0
              ? t(filtered ? "transactions.emptyFiltered" : "transactions.empty")
              : t("transactions.shown", { count: entries.length })}
          </p>
          {entries.length > 0 ? <TransactionList entries={entries} /> : null}
          {transactions.hasNextPage ? (
            <button
              type="button"
              className="button button-wide load-more"
              disabled={transactions.isFetchingNextPage}
              onClick={() => void transactions.fetchNextPage()}
            >
              {transactions.isFetchingNextPage
                ? t("transactions.loadingMore")
                : t("transactions.loadMore")}
            </button>
          ) : null}
        </>
      ) : null}
      <BackHomeLink />
    </>
  );
}
