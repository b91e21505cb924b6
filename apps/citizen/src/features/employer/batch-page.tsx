import { useQuery } from "@tanstack/react-query";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { BackLink } from "../layout/back-link";
import { BatchFileRefusal } from "./batch-file-refusal";
import { BatchLetter } from "./batch-letter";
import { BatchProgress } from "./batch-progress";
import { BatchReportSection } from "./batch-report-section";
import { BatchStatusBadge } from "./batch-status-badge";
import { BatchSubmit } from "./batch-submit";
import { BatchSubmitted } from "./batch-submitted";
import { employerTrpc } from "./employer-api";
import { employerPaths } from "./employer-paths";

// How often a batch being checked asks again for its progress.
const pollMs = 700;

/**
 * One batch: its check's progress while the job runs (the server's own figures, so any server
 * process reports the same), the file's refusal, or the report of its rows, the letter of
 * introduction and the submit; once submitted, what it made.
 */
export function BatchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("pages.batch"));
  const { batchId = "" } = useParams();
  const batch = useQuery({
    ...employerTrpc.employer.batches.get.queryOptions({ batchId }),
    refetchInterval: (query) => (query.state.data?.status === "CHECKING" ? pollMs : false),
  });

  if (batch.isPending) return <Loading />;
  if (batch.isError) {
    return <QueryError error={batch.error} onRetry={() => void batch.refetch()} />;
  }
  const report = batch.data;
  return (
    <>
      <PageHeading>{report.fileName}</PageHeading>
      <p className="batch-facts">
        <BatchStatusBadge status={report.status} />
        <span>{t("batch.uploadedAt", { at: formatDateTime(report.createdAt) })}</span>
      </p>
      {report.status === "CHECKING" ? <BatchProgress progress={report.progress} /> : null}
      {report.status === "FILE_REFUSED" && report.fileError ? (
        <BatchFileRefusal fileError={report.fileError} />
      ) : null}
      {report.status === "SUBMITTED" && report.submitted ? (
        <BatchSubmitted submitted={report.submitted} />
      ) : null}
      {report.rows ? <BatchReportSection report={report} rows={report.rows} /> : null}
      {report.status === "CHECKED" ? (
        <>
          <BatchLetter batchId={report.batchId} letter={report.letter} />
          {report.rows ? (
            <BatchSubmit
              batchId={report.batchId}
              rows={report.rows}
              hasLetter={report.letter !== null}
            />
          ) : null}
        </>
      ) : null}
      <BackLink to={employerPaths.home}>{t("batch.back")}</BackLink>
    </>
  );
}
