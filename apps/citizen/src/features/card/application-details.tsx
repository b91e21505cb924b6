import { isOnTheClock, ruleInStatus } from "@yibao/domain";
import { formatDateTime } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useWording } from "../elder-mode/use-wording";
import { missingItemText, refusalTexts } from "./application-notice-texts";
import { ApplicationStatusBadge } from "./application-status-badge";
import { ApplicationTimeline } from "./application-timeline";
import type { CardApplicationView } from "./card-types";
import { CollectionPlace } from "./collection-place";
import { ResubmitMaterials } from "./resubmit-materials";
import { WithdrawApplication } from "./withdraw-application";

/** One application as its applicant follows it: where it stands, what is owed, what happened. */
export function ApplicationDetails({ application }: { application: CardApplicationView }) {
  const { t } = useTranslation();
  const w = useWording();
  const headingId = useId();
  const { status } = application;
  // What the applicant may do now comes from the workflow's table (STYLE.md, rule 3).
  const mayWithdraw = ruleInStatus(status, "WITHDRAW")?.by.APPLICANT !== undefined;
  const mayResubmit = ruleInStatus(status, "RESUBMIT")?.by.APPLICANT !== undefined;
  const ready = status === "READY_FOR_PICKUP";

  return (
    <article className="application" aria-labelledby={headingId}>
      <h3 id={headingId} className="application-heading">
        {t(`card.kind.${application.kind}`)}
        {application.replacementReason
          ? t("card.kindReason", {
              reason: t(`card.replacementReason.${application.replacementReason}`),
            })
          : null}{" "}
        <ApplicationStatusBadge status={status} />
      </h3>
      <dl className="facts">
        <div>
          <dt>{t("card.reference")}</dt>
          <dd className="reference">{application.reference}</dd>
        </div>
        <div>
          <dt>{t("card.submittedAt")}</dt>
          <dd>{formatDateTime(application.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t("card.channelLabel")}</dt>
          <dd>{t(`card.channel.${application.channel}`)}</dd>
        </div>
        {isOnTheClock(status) ? (
          <div>
            <dt>{t("card.dueDate")}</dt>
            <dd>
              {application.dueDate}
              {application.dueDateProvisional ? (
                <span className="hint provisional"> {t("card.dueDateProvisional")}</span>
              ) : null}
            </dd>
          </div>
        ) : null}
        {ready && application.pickupBy ? (
          <div>
            <dt>{t("card.pickupBy")}</dt>
            <dd>{application.pickupBy}</dd>
          </div>
        ) : null}
        {application.cardNumber ? (
          <div>
            <dt>{t("card.cardNumber")}</dt>
            <dd className="resident-id">{application.cardNumber}</dd>
          </div>
        ) : null}
      </dl>

      <p className="status-explanation">{w(`card.statusExplanation.${status}`)}</p>

      <CollectionPlace application={application} />

      {status === "NEEDS_MATERIALS" && application.missingItems ? (
        <div className="notice notice-warning">
          <p className="notice-heading">{w("card.missingHeading")}</p>
          <ul>
            {application.missingItems.map((item) => (
              <li key={item.code === "OTHER" ? `OTHER-${item.text}` : item.code}>
                {missingItemText(t, item)}
              </li>
            ))}
          </ul>
          {mayResubmit ? <ResubmitMaterials application={application} /> : null}
        </div>
      ) : null}

      {status === "REFUSED" && application.refusal ? (
        <div className="notice notice-error">
          <p className="notice-heading">{t("card.refusalHeading")}</p>
          <p>
            {t("card.refusalReasonLabel")}
            {refusalTexts(t, application.refusal).reason}
          </p>
          <p>
            {t("card.refusalRemedyLabel")}
            {refusalTexts(t, application.refusal).remedy}
          </p>
        </div>
      ) : null}

      <details className="timeline-box" open>
        <summary>{t("card.timelineHeading")}</summary>
        <ApplicationTimeline timeline={application.timeline} />
      </details>

      {mayWithdraw ? <WithdrawApplication application={application} /> : null}
    </article>
  );
}
