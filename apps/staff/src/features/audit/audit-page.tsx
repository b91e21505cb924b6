import { useInfiniteQuery } from "@tanstack/react-query";
import { hasPermission } from "@yibao/domain";
import { Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { useStaffSession } from "../session/use-staff-session";
import { LoadMore } from "../tables/load-more";
import { AuditFilterForm } from "./audit-filter-form";
import type { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";
import { ExportAuditButton } from "./export-audit-button";
import { VerifyChain } from "./verify-chain";

/** 审计日志: the auditor's one page. Newest first; a search is itself an audited read. */
export function AuditPage() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const resultsId = useId();
  // In memory only: a resident ID among the filters must not reach the address bar.
  const [filters, setFilters] = useState<AuditFilters>({});
  const trail = useInfiniteQuery(
    trpc.staff.audit.search.infiniteQueryOptions(filters, {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      // Each search is itself an audit entry: it runs when the auditor asks, not on window focus.
      refetchOnWindowFocus: false,
      staleTime: 0,
    }),
  );
  // The same filters again mean "look again": the key is the same, so ask for a refetch.
  const search = (next: AuditFilters) => {
    if (JSON.stringify(next) === JSON.stringify(filters)) void trail.refetch();
    else setFilters(next);
  };
  useDocumentTitle(t("pages.audit"));
  const entries = trail.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading>{t("pages.audit")}</PageHeading>
      <AuditFilterForm onSearch={search} searching={trail.isFetching} />
      <section aria-labelledby={resultsId} className="section">
        <div className="section-heading">
          <h2 id={resultsId}>{t("audit.resultsHeading")}</h2>
          {session && hasPermission(session.role, "audit:export") ? (
            <ExportAuditButton filters={filters} />
          ) : null}
        </div>
        {trail.isPending ? <Loading /> : null}
        {trail.isError ? (
          <QueryError error={trail.error} onRetry={() => void trail.refetch()} />
        ) : null}
        {trail.data && entries.length === 0 ? (
          <p className="empty-state" role="status">
            {t("audit.none")}
          </p>
        ) : null}
        {entries.length > 0 ? (
          <>
            <AuditTable entries={entries} />
            <LoadMore
              shown={entries.length}
              hasMore={trail.hasNextPage}
              loading={trail.isFetchingNextPage}
              onLoadMore={() => void trail.fetchNextPage()}
            />
          </>
        ) : null}
      </section>
      <VerifyChain />
    </>
  );
}
