import { useQuery } from "@tanstack/react-query";
import { Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { trpc, trpcClient } from "../../trpc";
import { SelectField } from "../forms/select-field";
import "./employer-batches.css";
import { type BatchOutcome, useBatchMutation } from "./use-batch-mutation";

/**
 * 单位领卡交接单: the cards of a batch waiting for the employer, on a page the collecting agent
 * checks and signs (printing shows the sheet alone), and the record of which agent collected them.
 */
export function HandOverPage() {
  const { t } = useTranslation();
  const { batchId = "" } = useParams();
  const list = useQuery({
    ...trpc.staff.employerBatches.handOverList.queryOptions({ batchId }),
    refetchOnWindowFocus: false,
  });
  const points = useQuery(trpc.staff.servicePoints.list.queryOptions());
  const centre = points.data?.find((point) => point.kind === "COUNTY_CENTRE")?.name ?? "";
  const [agentId, setAgentId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t("employerBatches.handOver.heading"));
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);
  const collectors = list.data?.collectors ?? [];
  const onlyCollector = collectors.length === 1 ? (collectors[0]?.id ?? "") : "";
  const chosen = agentId || onlyCollector;
  const record = useBatchMutation(
    batchId,
    (id: string) =>
      trpcClient.staff.employerBatches.recordCollection.mutate({ batchId, agentId: id }),
    (answer, id) =>
      t("employerBatches.handOver.recorded", {
        changed: answer.changed,
        name: collectors.find((agent) => agent.id === id)?.name ?? "",
      }),
    setOutcome,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return setError(t("employerBatches.handOver.chooseCollector"));
    setError(null);
    record.mutate(chosen);
  }

  return (
    <>
      <div className="no-print">
        <p>
          <Link to={`/employer-batches/${batchId}`}>{t("employerBatches.handOver.back")}</Link>
        </p>
        <PageHeading>{t("employerBatches.handOver.heading")}</PageHeading>
        <p>{t("employerBatches.handOver.intro")}</p>
        <div ref={outcomeRef} tabIndex={-1} role="status" className="batch-outcome">
          {outcome ? (
            <p
              className={outcome.kind === "done" ? "notice notice-success" : "notice notice-error"}
            >
              {outcome.message}
            </p>
          ) : null}
        </div>
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.rows.length === 0 ? (
        <p className="empty-state">{t("employerBatches.handOver.none")}</p>
      ) : null}
      {list.data && list.data.rows.length > 0 ? (
        <>
          <div className="button-row no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {t("employerBatches.handOver.print")}
            </button>
          </div>
          <article className="hand-over-sheet" aria-labelledby="hand-over-title">
            <header className="hand-over-header">
              <p className="hand-over-county">{centre}</p>
              <h2 id="hand-over-title">{t("employerBatches.handOver.heading")}</h2>
            </header>
            <div className="hand-over-facts">
              <p>{t("employerBatches.handOver.employer", { name: list.data.employer.name })}</p>
              <p>
                {t("employerBatches.handOver.creditCode", { code: list.data.employer.creditCode })}
              </p>
              <p>{t("employerBatches.handOver.date", { date: list.data.date })}</p>
              <p>{t("employerBatches.handOver.count", { count: list.data.rows.length })}</p>
            </div>
            <table className="hand-over-table">
              <caption className="visually-hidden">
                {t("employerBatches.handOver.tableLabel")}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("employerBatches.handOver.column.index")}</th>
                  <th scope="col">{t("employerBatches.handOver.column.name")}</th>
                  <th scope="col">{t("employerBatches.handOver.column.residentId")}</th>
                  <th scope="col">{t("employerBatches.handOver.column.cardNumber")}</th>
                  <th scope="col">{t("employerBatches.handOver.column.reference")}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.rows.map((row, index) => (
                  <tr key={row.reference}>
                    <td>{index + 1}</td>
                    <th scope="row">{row.name}</th>
                    <td className="nowrap">{row.maskedResidentId}</td>
                    <td className="nowrap">{row.cardNumber ?? ""}</td>
                    <td className="nowrap">{row.reference}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <footer className="hand-over-signatures">
              <p>
                {t("employerBatches.handOver.signAgent")}
                <span className="signature-line" />
              </p>
              <p>
                {t("employerBatches.handOver.signClerk")}
                <span className="signature-line" />
              </p>
              <p>
                {t("employerBatches.handOver.signDate")}
                <span className="signature-line signature-line-short" />
              </p>
            </footer>
          </article>
          <form className="action-form hand-over-record no-print" noValidate onSubmit={submit}>
            {collectors.length === 0 ? (
              <p className="notice notice-warning">{t("employerBatches.handOver.noCollector")}</p>
            ) : (
              <SelectField
                name="agentId"
                label={t("employerBatches.handOver.collector")}
                hint={t("employerBatches.handOver.collectorHint")}
                error={error}
                value={chosen}
                emptyOption={{
                  label: t("employerBatches.handOver.chooseCollector"),
                  selectable: false,
                }}
                options={collectors.map((agent) => ({ value: agent.id, label: agent.name }))}
                onChange={(event) => setAgentId(event.target.value)}
              />
            )}
            <div className="button-row">
              <button
                type="submit"
                className="button button-primary"
                disabled={collectors.length === 0 || record.isPending}
                aria-busy={record.isPending}
              >
                {t("employerBatches.handOver.record")}
              </button>
            </div>
          </form>
        </>
      ) : null}
    </>
  );
}
