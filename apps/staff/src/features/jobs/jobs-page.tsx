import { useQuery } from "@tanstack/react-query";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { DataTableRegion } from "../tables/data-table-region";

/**
 * 后台任务: the background jobs that failed after their last retry, newest first, with pg-boss's
 * record of when, how often it was retried and the error, for an administrator to look into.
 */
export function JobsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("jobs.heading"));
  const failed = useQuery(trpc.staff.jobs.failed.queryOptions());
  const rows = failed.data?.items ?? [];

  return (
    <>
      <PageHeading>{t("jobs.heading")}</PageHeading>
      <p>{t("jobs.intro")}</p>
      {failed.isPending ? <Loading /> : null}
      {failed.isError ? (
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : null}
      {failed.data && rows.length === 0 ? <p className="empty-state">{t("jobs.empty")}</p> : null}
      {rows.length > 0 ? (
        <DataTableRegion label={t("jobs.tableLabel")}>
          <table className="data-table">
            <caption className="visually-hidden">{t("jobs.tableLabel")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("jobs.columns.name")}</th>
                <th scope="col">{t("jobs.columns.failedAt")}</th>
                <th scope="col">{t("jobs.columns.retries")}</th>
                <th scope="col">{t("jobs.columns.error")}</th>
                <th scope="col">{t("jobs.columns.id")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((job) => (
                <tr key={job.id}>
                  <th scope="row">
                    {t(`jobs.names.${job.name}`, { defaultValue: job.name })}
                    <br />
                    <code className="muted">{job.name}</code>
                  </th>
                  <td className="nowrap">{formatDateTime(job.failedAt)}</td>
                  <td className="nowrap numeric">
                    {t("jobs.retries", { retries: job.retries, limit: job.retryLimit })}
                  </td>
                  <td>
                    {job.error === null ? t("jobs.noError") : <code lang="en">{job.error}</code>}
                  </td>
                  <td>
                    <code className="muted">{job.id}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </DataTableRegion>
      ) : null}
    </>
  );
}
