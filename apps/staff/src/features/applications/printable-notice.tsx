import { useQuery } from "@tanstack/react-query";
import { type MissingItem, type Refusal, refusalRemedies } from "@yibao/domain";
import { formatDateTime } from "@yibao/ui";
import type { TFunction } from "i18next";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import type { StaffApplication } from "./use-application-action";

export function missingItemText(t: TFunction, item: MissingItem): string {
  return item.code === "OTHER" ? item.text : t(`applications.missingItems.${item.code}`);
}

export function refusalTexts(t: TFunction, refusal: Refusal): { reason: string; remedy: string } {
  if (refusal.reason === "OTHER") return { reason: refusal.text, remedy: refusal.remedy };
  return {
    reason: t(`applications.refusalReasons.${refusal.reason}`),
    remedy: t(`applications.remedies.${refusalRemedies[refusal.reason]}`),
  };
}

/** The day the notice was made: the date of the last action that led to the status. */
function noticeDate(application: StaffApplication): string {
  const entry = [...application.timeline].reverse().find((e) => e.status === application.status);
  return formatDateTime(entry?.at ?? application.submittedAt).slice(0, 10);
}

/**
 * The written notice the applicant takes away: 补正材料通知书 (every missing item at once, the
 * one-time notice) or 不予受理通知书 (the reason and the remedy). On screen it is hidden; printing
 * shows it alone (the print stylesheet hides every other child of <body>).
 */
export function PrintableNotice({ application }: { application: StaffApplication }) {
  const { t } = useTranslation();
  const points = useQuery(trpc.staff.servicePoints.list.queryOptions());
  const county = points.data?.find((point) => point.kind === "COUNTY_CENTRE")?.name ?? "";
  const point = application.servicePoint;
  const materials = application.status === "NEEDS_MATERIALS" ? application.missingItems : null;
  const refusal = application.status === "REFUSED" ? application.refusal : null;
  if (!materials && !refusal) return null;
  const kind = materials ? "materials" : "refusal";

  return createPortal(
    <article className="print-notice" data-notice={kind} aria-hidden="true">
      <header className="print-notice-header">
        <p className="print-notice-county">{county}</p>
        <h1>{t(`applications.notice.${kind}.title`)}</h1>
        <p className="print-notice-reference">
          {t("applications.notice.reference", { reference: application.reference })}
        </p>
      </header>
      <p>
        {t("applications.notice.to", {
          name: application.person.name,
          residentId: application.person.maskedResidentId,
        })}
      </p>
      <p>
        {t(`applications.notice.${kind}.intro`, {
          date: formatDateTime(application.submittedAt).slice(0, 10),
          point: point.name,
        })}
      </p>
      {materials ? (
        <>
          <ol className="print-notice-items">
            {materials.map((item) => (
              <li key={item.code === "OTHER" ? `OTHER:${item.text}` : item.code}>
                {missingItemText(t, item)}
              </li>
            ))}
          </ol>
          <p>{t("applications.notice.materials.bring", { point: point.name })}</p>
        </>
      ) : null}
      {refusal ? (
        <dl className="print-notice-facts">
          <dt>{t("applications.notice.refusal.reason")}</dt>
          <dd>{refusalTexts(t, refusal).reason}</dd>
          <dt>{t("applications.notice.refusal.remedy")}</dt>
          <dd>{refusalTexts(t, refusal).remedy}</dd>
        </dl>
      ) : null}
      <p>
        {t("applications.notice.where", {
          point: point.name,
          address: point.address,
          hours: point.openingHours,
          phone: point.phone,
        })}
      </p>
      <footer className="print-notice-footer">
        <p>{point.name}</p>
        <p>{t("applications.notice.date", { date: noticeDate(application) })}</p>
      </footer>
    </article>,
    document.body,
  );
}
