import { useQuery } from "@tanstack/react-query";
import { formatDateTime, PageHeading, useDocumentTitle } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { trpc } from "../../../trpc";
import { DoneNotice } from "../payers/done-notice";
import { QueryStatus } from "../query-status";
import "../tax.css";
import { TaxSection } from "../tax-section";
import { CaseEntryForm } from "./case-entry-form";
import { CasePayerName } from "./case-payer";
import { CaseStatusBadge } from "./case-status-badge";

/**
 * One supervision case: against whom and why, every inspection, finding and the decision in the
 * order recorded (nothing is changed or deleted), and the next entry while the case is open.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { caseId = "" } = useParams();
  const [done, setDone] = useState<string | null>(null);
  const found = useQuery(trpc.staff.tax.case.queryOptions({ caseId }));
  useDocumentTitle(t("tax.supervision.caseHeading"));
  const item = found.data;

  return (
    <>
      <p>
        <Link to="/supervision">{t("tax.supervision.back")}</Link>
      </p>
      <PageHeading>{t("tax.supervision.caseHeading")}</PageHeading>
      <QueryStatus query={found} />
      {item ? (
        <>
          <DoneNotice message={done} />
          <dl className="facts tax-facts">
            <div>
              <dt>{t("tax.supervision.column.payer")}</dt>
              <dd>
                <CasePayerName payer={item.payer} />
              </dd>
            </div>
            <div>
              <dt>{t("tax.supervision.column.ground")}</dt>
              <dd>{t(`tax.grounds.${item.ground}`)}</dd>
            </div>
            <div>
              <dt>{t("tax.supervision.column.openedAt")}</dt>
              <dd>
                {formatDateTime(item.openedAt)}
                {item.openedBy ? ` · ${item.openedBy}` : ""}
              </dd>
            </div>
            <div>
              <dt>{t("tax.supervision.column.status")}</dt>
              <dd>
                <CaseStatusBadge status={item.status} />
                {item.decision
                  ? ` ${t("tax.supervision.decidedOn", {
                      decision: t(`tax.decisions.${item.decision.decision}`),
                      date: item.decision.decidedOn,
                    })}`
                  : ""}
              </dd>
            </div>
          </dl>
          <TaxSection id="entries" heading={t("tax.supervision.entriesHeading")}>
            <ol className="tax-timeline">
              {item.entries.map((entry) => (
                <li key={entry.entryId} data-kind={entry.kind}>
                  <p className="tax-timeline-head">
                    <strong>{t(`tax.entryKinds.${entry.kind}`)}</strong>{" "}
                    {t("tax.supervision.occurredOn", { date: entry.occurredOn })}
                    {entry.decision ? ` · ${t(`tax.decisions.${entry.decision}`)}` : ""}
                  </p>
                  <p className="tax-note">{entry.note}</p>
                  <p className="hint">
                    {t("tax.supervision.recordedBy", {
                      at: formatDateTime(entry.recordedAt),
                      by: entry.recordedBy ?? t("tax.none"),
                    })}
                  </p>
                </li>
              ))}
            </ol>
          </TaxSection>
          {item.status === "OPEN" ? (
            <TaxSection id="entry" heading={t("tax.supervision.recordHeading")}>
              <CaseEntryForm
                caseId={item.caseId}
                onRecorded={(kind) => setDone(t(`tax.supervision.recorded.${kind}`))}
              />
            </TaxSection>
          ) : (
            <p className="muted">{t("tax.supervision.closedNote")}</p>
          )}
        </>
      ) : null}
    </>
  );
}
