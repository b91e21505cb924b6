import { cardEventTable } from "@yibao/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useWording } from "../elder-mode/use-wording";
import type { CardOverview } from "./card-types";
import { hasOpenApplication } from "./has-open-application";

/** 我的医保卡: the card's masked number and status, and what the holder may do with it. */
export function CardSection({ overview }: { overview: CardOverview }) {
  const { t } = useTranslation();
  const w = useWording();
  const headingId = useId();
  const { card } = overview;
  const open = hasOpenApplication(overview.applications);
  const mayReportLoss = card !== null && "REPORT_LOSS" in cardEventTable[card.status];
  // The overview leaves out a cancelled card; a replacement says the person had one.
  const replacement = overview.applications.find(
    (application) => application.kind === "REPLACEMENT",
  );

  return (
    <section aria-labelledby={headingId} className="section card-section">
      <h2 id={headingId}>{t("card.myCard")}</h2>
      {card ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t("card.cardNumber")}</dt>
              <dd className="resident-id">{card.maskedNumber}</dd>
            </div>
            <div>
              <dt>{t("card.cardStatusLabel")}</dt>
              <dd>
                <span className="badge" data-status={`CARD_${card.status}`}>
                  {t(`card.cardStatus.${card.status}`)}
                </span>
              </dd>
            </div>
          </dl>
          {card.status === "REPORTED_LOST" ? (
            <p className="notice notice-warning">{w("card.reportedLostExplanation")}</p>
          ) : null}
          <div className="button-row">
            {mayReportLoss ? (
              <Link to="/card/report-lost" className="button">
                {t("pages.reportLost")}
              </Link>
            ) : null}
            {open ? null : (
              <Link to="/card/replace" className="button">
                {t("pages.replacement")}
              </Link>
            )}
          </div>
        </>
      ) : replacement ? (
        <dl className="facts">
          <div>
            <dt>{t("card.oldCard")}</dt>
            <dd>
              <span className="badge" data-status="CARD_CANCELLED">
                {t("card.cardStatus.CANCELLED")}
              </span>{" "}
              {t("card.oldCardReplaced", { reference: replacement.reference })}
            </dd>
          </div>
        </dl>
      ) : (
        <>
          <p>{w("card.noCard")}</p>
          {open ? null : (
            <Link to="/card/apply" className="button button-primary">
              {t("pages.cardApply")}
            </Link>
          )}
        </>
      )}
    </section>
  );
}
