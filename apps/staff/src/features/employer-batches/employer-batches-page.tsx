import { useInfiniteQuery } from "@tanstack/react-query";
import { type EmployerBatchQueueState, employerBatchQueueStates } from "@yibao/domain";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { trpc } from "../../trpc";
import { SelectField } from "../forms/select-field";
import { DataTableRegion } from "../tables/data-table-region";
import { LoadMore } from "../tables/load-more";
import "./employer-batches.css";

/**
 * 单位批量申领: the county centre's queue of employers' batches, oldest submission first, those
 * still to decide by default; each with who sent it and how its cards stand.
 */
export function EmployerBatchesPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<EmployerBatchQueueState | "ALL">("TO_DECIDE");
  useDocumentTitle(t("employerBatches.heading"));
  const batches = useInfiniteQuery(
    trpc.staff.employerBatches.list.infiniteQueryOptions(
      { limit: 50, ...(state === "ALL" ? {} : { state }) },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows = batches.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading>{t("employerBatches.heading")}</PageHeading>
      <p>{t("employerBatches.intro")}</p>
      <div className="batch-filter">
        <SelectField
          name="state"
          label={t("employerBatches.show")}
          error={null}
          value={state === "ALL" ? "" : state}
          emptyOption={{ label: t("employerBatches.states.ALL"), selectable: true }}
          options={employerBatchQueueStates.map((code) => ({
            value: code,
            label: t(`employerBatches.states.${code}`),
          }))}
          onChange={(event) =>
            setState((event.target.value || "ALL") as EmployerBatchQueueState | "ALL")
          }
        />
      </div>
      {batches.isPending ? <Loading /> : null}
      {batches.isError ? (
        <QueryError error={batches.error} onRetry={() => void batches.refetch()} />
      ) : null}
      {batches.data && rows.length === 0 ? (
        <p className="empty-state">
          {state === "TO_DECIDE" ? t("employerBatches.none") : t("employerBatches.noneAtAll")}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <DataTableRegion label={t("employerBatches.tableLabel")}>
            <table className="data-table batches-table">
              <caption className="visually-hidden">{t("employerBatches.tableLabel")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("employerBatches.column.submittedAt")}</th>
                  <th scope="col">{t("employerBatches.column.employer")}</th>
                  <th scope="col">{t("employerBatches.column.agent")}</th>
                  <th scope="col" className="numeric-column">
                    {t("employerBatches.column.rows")}
                  </th>
                  <th scope="col">{t("employerBatches.column.state")}</th>
                  <th scope="col">{t("employerBatches.column.progress")}</th>
                  <th scope="col">{t("employerBatches.column.open")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((batch) => {
                  const submittedAt = formatDateTime(batch.submittedAt);
                  return (
                    <tr key={batch.id}>
                      <td className="nowrap">{submittedAt}</td>
                      <th scope="row">
                        {batch.employer.name}
                        <span className="batch-detail nowrap">{batch.employer.creditCode}</span>
                      </th>
                      <td>{batch.agent.name}</td>
                      <td className="numeric-column">{batch.counts.applications}</td>
                      <td>
                        <span className="status-badge" data-status={batch.state}>
                          {t(`employerBatches.states.${batch.state}`)}
                        </span>
                      </td>
                      <td>{t("employerBatches.progress", batch.counts)}</td>
                      <td>
                        <Link
                          className="button button-small"
                          to={`/employer-batches/${batch.id}`}
                          aria-label={t("employerBatches.openBatch", {
                            employer: batch.employer.name,
                            submittedAt,
                          })}
                        >
                          {t("employerBatches.open")}
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </DataTableRegion>
          <LoadMore
            shown={rows.length}
            hasMore={batches.hasNextPage}
            loading={batches.isFetchingNextPage}
            onLoadMore={() => void batches.fetchNextPage()}
          />
        </>
      ) : null}
    </>
  );
}
