import { useInfiniteQuery } from "@tanstack/react-query";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { BatchStatusBadge } from "./batch-status-badge";
import { employerTrpc } from "./employer-api";
import { employerPaths } from "./employer-paths";

const pageSize = 20;

/** The employer's batches, newest first, and the way to start a new one. */
export function BatchesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("pages.batches"));
  const batches = useInfiniteQuery(
    employerTrpc.employer.batches.list.infiniteQueryOptions(
      { limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = batches.data?.pages.flatMap((page) => page.items) ?? [];
  const none = t("batches.notYet");

  return (
    <>
      <PageHeading>{t("pages.batches")}</PageHeading>
      <p>{t("batches.intro")}</p>
      <p>
        <Link to={employerPaths.newBatch} className="button button-primary">
          {t("batches.newBatch")}
        </Link>
      </p>
      <section className="section" aria-labelledby="batches-heading">
        <h2 id="batches-heading">{t("batches.listHeading")}</h2>
        {batches.isPending ? <Loading /> : null}
        {batches.isError ? (
          <QueryError error={batches.error} onRetry={() => void batches.refetch()} />
        ) : null}
        {batches.isSuccess && items.length === 0 ? (
          <p className="empty">{t("batches.empty")}</p>
        ) : null}
        {items.length > 0 ? (
          <div className="table-scroll">
            <table className="employer-table">
              <caption className="visually-hidden">{t("batches.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("batches.columns.file")}</th>
                  <th scope="col">{t("batches.columns.createdAt")}</th>
                  <th scope="col">{t("batches.columns.agent")}</th>
                  <th scope="col">{t("batches.columns.status")}</th>
                  <th scope="col" className="number">
                    {t("batches.columns.rows")}
                  </th>
                  <th scope="col" className="number">
                    {t("batches.columns.valid")}
                  </th>
                  <th scope="col" className="number">
                    {t("batches.columns.invalid")}
                  </th>
                  <th scope="col">{t("batches.columns.submitted")}</th>
                  <th scope="col" className="number">
                    {t("batches.columns.applications")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((batch) => (
                  <tr key={batch.batchId}>
                    <th scope="row">
                      <Link to={employerPaths.batch(batch.batchId)}>{batch.fileName}</Link>
                    </th>
                    <td className="nowrap">{formatDateTime(batch.createdAt)}</td>
                    <td>{batch.agentName}</td>
                    <td>
                      <BatchStatusBadge status={batch.status} />
                    </td>
                    <td className="number">{batch.rows?.total ?? none}</td>
                    <td className="number">{batch.rows?.valid ?? none}</td>
                    <td className="number">
                      {batch.rows ? batch.rows.total - batch.rows.valid : none}
                    </td>
                    <td className="nowrap">
                      {batch.submittedAt ? formatDateTime(batch.submittedAt) : none}
                    </td>
                    <td className="number">
                      {batch.status === "SUBMITTED" ? batch.applications : none}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {batches.hasNextPage ? (
          <p>
            <button
              type="button"
              className="button"
              disabled={batches.isFetchingNextPage}
              onClick={() => void batches.fetchNextPage()}
            >
              {t("batches.more")}
            </button>
          </p>
        ) : null}
      </section>
    </>
  );
}
