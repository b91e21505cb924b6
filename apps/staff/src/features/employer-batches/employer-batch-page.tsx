import { useQuery } from "@tanstack/react-query";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { trpc } from "../../trpc";
import { BatchDecision } from "./batch-decision";
import { BatchLetter } from "./batch-letter";
import { BatchProduction } from "./batch-production";
import { BatchRowsTable } from "./batch-rows-table";
import "./employer-batches.css";
import type { BatchOutcome } from "./use-batch-mutation";

/**
 * One employer's batch at the county centre: the employer and its agent's authorisation, the
 * letters of introduction, the decision, production, the hand-over list, and every row.
 */
export function EmployerBatchPage() {
  const { t } = useTranslation();
  const { batchId = "" } = useParams();
  const batch = useQuery({
    ...trpc.staff.employerBatches.get.queryOptions({ batchId }),
    // The rows show names and are audited: read when asked, not on every focus.
    refetchOnWindowFocus: false,
  });
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);
  const employer = batch.data?.employer.name ?? "";
  useDocumentTitle(
    batch.data ? t("employerBatches.batchHeading", { employer }) : t("employerBatches.heading"),
  );

  return (
    <>
      <p className="no-print">
        <Link to="/employer-batches">{t("employerBatches.back")}</Link>
      </p>
      <PageHeading>
        {batch.data
          ? t("employerBatches.batchHeading", { employer })
          : t("employerBatches.heading")}
      </PageHeading>
      <div ref={outcomeRef} tabIndex={-1} role="status" className="batch-outcome">
        {outcome ? (
          <p className={outcome.kind === "done" ? "notice notice-success" : "notice notice-error"}>
            {outcome.message}
          </p>
        ) : null}
      </div>
      {batch.isPending ? <Loading /> : null}
      {batch.isError ? (
        <QueryError error={batch.error} onRetry={() => void batch.refetch()} />
      ) : null}
      {batch.data ? (
        <>
          <div className="batch-columns">
            <section className="batch-section" aria-labelledby="batch-facts">
              <h2 id="batch-facts">{t("employerBatches.facts.heading")}</h2>
              <dl className="facts">
                <div>
                  <dt>{t("employerBatches.facts.employer")}</dt>
                  <dd>{batch.data.employer.name}</dd>
                </div>
                <div>
                  <dt>{t("employerBatches.facts.creditCode")}</dt>
                  <dd className="nowrap">{batch.data.employer.creditCode}</dd>
                </div>
                <div>
                  <dt>{t("employerBatches.facts.submittedAt")}</dt>
                  <dd>{formatDateTime(batch.data.submittedAt)}</dd>
                </div>
                <div>
                  <dt>{t("employerBatches.facts.rows")}</dt>
                  <dd>{batch.data.counts.applications}</dd>
                </div>
                <div>
                  <dt>{t("employerBatches.facts.agent")}</dt>
                  <dd>{batch.data.agent.name}</dd>
                </div>
                <div>
                  <dt>{t("employerBatches.facts.agentId")}</dt>
                  <dd className="resident-id">{batch.data.agent.maskedResidentId}</dd>
                </div>
                <div>
                  <dt>{t("employerBatches.facts.authorised")}</dt>
                  <dd>
                    {t("employerBatches.facts.authorisedPeriod", {
                      from: batch.data.agent.authorisedFrom,
                      until: batch.data.agent.authorisedUntil,
                    })}
                    {batch.data.agent.authorisedToday ? null : (
                      <span className="batch-warning">
                        {" "}
                        {t("employerBatches.facts.notAuthorisedToday")}
                      </span>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t("employerBatches.facts.authorisedBy")}</dt>
                  <dd>
                    {batch.data.agent.authorisedBy ?? t("employerBatches.facts.unknownGrantor")}
                  </dd>
                </div>
              </dl>
            </section>
            <section className="batch-section" aria-labelledby="batch-letters">
              <h2 id="batch-letters">{t("employerBatches.letters.heading")}</h2>
              <BatchLetter batchId={batch.data.id} of="BATCH" facts={batch.data.letters.batch} />
              <BatchLetter batchId={batch.data.id} of="AGENT" facts={batch.data.letters.agent} />
            </section>
          </div>
          <BatchDecision batch={batch.data} onOutcome={setOutcome} />
          <BatchProduction batch={batch.data} onOutcome={setOutcome} />
          <section className="batch-section" aria-labelledby="batch-rows">
            <div className="batch-rows-heading">
              <h2 id="batch-rows">{t("employerBatches.rows.heading")}</h2>
              <p className="batch-detail">{t("employerBatches.progress", batch.data.counts)}</p>
              {batch.data.counts.ready > 0 ? (
                <Link className="button" to={`/employer-batches/${batch.data.id}/hand-over`}>
                  {t("employerBatches.handOver.link")}
                </Link>
              ) : null}
            </div>
            <BatchRowsTable rows={batch.data.rows} />
          </section>
        </>
      ) : null}
    </>
  );
}
