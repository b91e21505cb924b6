import { useQuery } from "@tanstack/react-query";
import type { ApplicationActionType } from "@yibao/domain";
import { formatDateTime, Loading, QueryError } from "@yibao/ui";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { useShortcuts } from "../shortcuts/use-shortcuts";
import { ActionForm } from "./action-forms";
import {
  type CounterAction,
  counterActionsOf,
  type FormActionType,
  paneKeys,
} from "./application-action-keys";
import { DueBadge, DueDate } from "./due-badge";
import { missingItemText, PrintableNotice, refusalTexts } from "./printable-notice";
import {
  type ActionOutcome,
  type StaffApplication,
  useApplicationAction,
} from "./use-application-action";

interface PaneProps {
  applicationId: string;
  primaryAction: ApplicationActionType | null;
  onClose: () => void;
}

/** One application beside the queue: who, what was checked, the timeline, and what to do next. */
export function ApplicationPane({ applicationId, primaryAction, onClose }: PaneProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useQuery(trpc.staff.applications.get.queryOptions({ applicationId }));
  return (
    <section className="pane" aria-labelledby={headingId}>
      <div className="pane-heading">
        <h2 id={headingId}>
          {query.data
            ? t("applications.pane.title", {
                reference: query.data.reference,
                name: query.data.person.name,
              })
            : t("applications.pane.loading")}
        </h2>
        <button
          type="button"
          className="button button-small"
          onClick={onClose}
          aria-keyshortcuts={paneKeys.close}
        >
          {t("applications.pane.close")} <kbd>Esc</kbd>
        </button>
      </div>
      {query.isPending ? <Loading /> : null}
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.data ? (
        <PaneBody
          key={query.data.id}
          application={query.data}
          primaryAction={primaryAction}
          onClose={onClose}
        />
      ) : null}
    </section>
  );
}

function PaneBody({
  application,
  primaryAction,
  onClose,
}: {
  application: StaffApplication;
  primaryAction: ApplicationActionType | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const statusLine = useRef<HTMLParagraphElement>(null);
  const [form, setForm] = useState<FormActionType | null>(null);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const action = useApplicationAction(application, (result) => {
    setOutcome(result);
    if (result.kind !== "failed") setForm(null);
    setFocusToken((token) => token + 1);
  });
  const actions = counterActionsOf(application.availableActions);
  const hasNotice =
    (application.status === "NEEDS_MATERIALS" && application.missingItems) ||
    (application.status === "REFUSED" && application.refusal);

  // On opening and after each action the focus rests on the status line, which says where the
  // application stands now; a form that stays open after a refusal keeps it.
  useEffect(() => {
    if (focusToken >= 0) statusLine.current?.focus();
  }, [focusToken]);

  function start(counterAction: CounterAction) {
    setOutcome(null);
    if (counterAction.form) setForm(counterAction.type);
    else action.mutate({ type: counterAction.type });
  }

  useShortcuts([
    ...actions.map((counterAction) => ({
      keys: counterAction.keys,
      run: () => start(counterAction),
    })),
    { keys: paneKeys.close, run: onClose },
    ...(hasNotice ? [{ keys: paneKeys.print, run: () => window.print() }] : []),
  ]);

  const verifiedWord = (done: boolean) =>
    t(done ? "applications.pane.verified" : "applications.pane.notVerified");
  const applicant = application.applicant;

  return (
    <div className="pane-body">
      <p ref={statusLine} tabIndex={-1} className="pane-status" aria-live="polite">
        <span className="status-badge" data-status={application.status}>
          {t(`applications.statuses.${application.status}`)}
        </span>{" "}
        {application.status === "SUBMITTED" ||
        application.status === "APPROVED" ||
        application.status === "IN_PRODUCTION" ||
        application.status === "PRODUCTION_FAILED" ? (
          <DueBadge workingDaysLeft={application.workingDaysLeft} />
        ) : null}
        {outcome ? (
          <span className="pane-outcome" data-kind={outcome.kind}>
            {" "}
            {outcome.message}
          </span>
        ) : null}
      </p>

      <div className="pane-actions">
        <h3 className="visually-hidden">{t("applications.pane.actions")}</h3>
        {actions.length === 0 ? (
          <p className="muted">{t("applications.pane.noActions")}</p>
        ) : (
          actions.map((counterAction) => (
            <button
              key={counterAction.type}
              type="button"
              className={counterAction.type === primaryAction ? "button button-primary" : "button"}
              aria-keyshortcuts={counterAction.keys}
              aria-expanded={counterAction.form ? form === counterAction.type : undefined}
              disabled={action.isPending}
              onClick={() => start(counterAction)}
            >
              {t(`applications.actions.${counterAction.type}`)}{" "}
              <kbd className="key-hint">{counterAction.keys}</kbd>
            </button>
          ))
        )}
        {hasNotice ? (
          <button
            type="button"
            className="button"
            aria-keyshortcuts={paneKeys.print}
            onClick={() => window.print()}
          >
            {t(
              application.status === "REFUSED"
                ? "applications.pane.printRefusal"
                : "applications.pane.printMaterials",
            )}{" "}
            <kbd className="key-hint">{paneKeys.print}</kbd>
          </button>
        ) : null}
      </div>

      {form ? (
        <ActionForm
          type={form}
          application={application}
          busy={action.isPending}
          onSend={(request) => action.mutate(request)}
          onCancel={() => {
            setForm(null);
            setFocusToken((token) => token + 1);
          }}
        />
      ) : null}

      <div className="pane-columns">
        <dl className="facts pane-facts">
          <div>
            <dt>{t("applications.person.name")}</dt>
            <dd>{application.person.name}</dd>
          </div>
          <div>
            <dt>{t("applications.person.residentId")}</dt>
            <dd className="resident-id">{application.person.maskedResidentId}</dd>
          </div>
          <div>
            <dt>{t("applications.person.phone")}</dt>
            <dd className="numeric">{application.person.phoneMasked ?? "—"}</dd>
          </div>
          <div>
            <dt>{t("applications.person.applicant")}</dt>
            <dd>{t(`applications.applicantKinds.${applicant.kind}`)}</dd>
          </div>
          {applicant.kind !== "SELF" ? (
            <>
              <div>
                <dt>{t("applications.person.agentName")}</dt>
                <dd>{applicant.name}</dd>
              </div>
              <div>
                <dt>{t("applications.person.idType")}</dt>
                <dd>{applicant.idType ? t(`applications.idTypes.${applicant.idType}`) : "—"}</dd>
              </div>
              <div>
                <dt>{t("applications.person.idNumber")}</dt>
                <dd className="resident-id">{applicant.maskedIdNumber}</dd>
              </div>
              <div>
                <dt>{t("applications.person.relationship")}</dt>
                <dd>
                  {applicant.relationship
                    ? t(`applications.relationships.${applicant.relationship}`)
                    : "—"}
                </dd>
              </div>
            </>
          ) : null}
          <div>
            <dt>{t("applications.pane.insuredCertificate")}</dt>
            <dd data-verified={application.verified.insured}>
              {verifiedWord(application.verified.insured)}
            </dd>
          </div>
          {applicant.kind !== "SELF" ? (
            <div>
              <dt>{t(`applications.pane.certificateOf.${applicant.kind}`)}</dt>
              <dd data-verified={application.verified.agent}>
                {verifiedWord(application.verified.agent)}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t("applications.columns.channel")}</dt>
            <dd>{t(`applications.channels.${application.channel}`)}</dd>
          </div>
          <div>
            <dt>{t("applications.columns.servicePoint")}</dt>
            <dd>{application.servicePoint.name}</dd>
          </div>
          <div>
            <dt>{t("applications.columns.dueDate")}</dt>
            <dd>
              <DueDate date={application.dueDate} provisional={application.dueDateProvisional} />
            </dd>
          </div>
          {application.pickupBy ? (
            <div>
              <dt>{t("applications.pane.pickupBy")}</dt>
              <dd>{application.pickupBy}</dd>
            </div>
          ) : null}
          {application.cardNumber ? (
            <div>
              <dt>{t("applications.pane.cardNumber")}</dt>
              <dd className="numeric">{application.cardNumber}</dd>
            </div>
          ) : null}
        </dl>
        {application.photo ? (
          <img
            className="card-photo"
            src={application.photo.dataUrl}
            alt={t("applications.pane.photo", { name: application.person.name })}
            width={179}
            height={220}
          />
        ) : (
          <p className="muted">{t("applications.pane.noPhoto")}</p>
        )}
      </div>

      {application.missingItems && application.status === "NEEDS_MATERIALS" ? (
        <section className="pane-section">
          <h3>{t("applications.pane.missingItems")}</h3>
          <ul>
            {application.missingItems.map((item) => (
              <li key={item.code === "OTHER" ? item.text : item.code}>
                {missingItemText(t, item)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {application.refusal && application.status === "REFUSED" ? (
        <section className="pane-section">
          <h3>{t("applications.pane.refusal")}</h3>
          <p>{refusalTexts(t, application.refusal).reason}</p>
          <p>{refusalTexts(t, application.refusal).remedy}</p>
        </section>
      ) : null}

      <section className="pane-section">
        <h3>{t("applications.pane.timeline")}</h3>
        <ol className="timeline">
          {application.timeline.map((entry) => (
            <li key={`${entry.at}-${entry.action}`}>
              <span className="numeric">{formatDateTime(entry.at)}</span>{" "}
              {t(`applications.timelineActions.${entry.action}`)} →{" "}
              {t(`applications.statuses.${entry.status}`)}
            </li>
          ))}
        </ol>
      </section>
      <PrintableNotice application={application} />
    </div>
  );
}
