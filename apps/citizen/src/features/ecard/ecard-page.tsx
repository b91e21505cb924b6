import { useQuery } from "@tanstack/react-query";
import { maskPersonName, mayPayFromAccount } from "@yibao/domain";
import { PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { BackHomeLink } from "../account/back-home-link";
import { useWording } from "../elder-mode/use-wording";
import { useCountdown } from "../phone-verification/use-countdown";
import { QrCode } from "../qr-code/qr-code";
import { AccountAtTheTill } from "./account-at-the-till";
import { EcardStatus } from "./ecard-status";
import { useEcardToken } from "./use-ecard-token";

/**
 * 医保电子凭证: the dynamic QR code a designated pharmacy or hospital scans (DOMAIN.md, "The
 * e-card"), renewed when it runs out, with the code as text for a till that cannot scan it, and
 * whether paying with it will work. The holder is shown masked: the screen is held up to strangers.
 */
export function EcardPage() {
  const { t } = useTranslation();
  const w = useWording();
  useDocumentTitle(w("pages.ecard"));
  const ecard = useEcardToken();
  const seconds = useCountdown(ecard.current?.expiresAtMs ?? 0);
  const summary = useQuery(trpc.citizen.accountSummary.queryOptions());
  const overview = useQuery(trpc.citizen.card.overview.queryOptions());

  return (
    <>
      <PageHeading>{w("pages.ecard")}</PageHeading>
      {summary.data && !mayPayFromAccount(summary.data.status, summary.data.sealedAccountMayPay) ? (
        <AccountAtTheTill account={summary.data} />
      ) : null}
      <div className="ecard">
        <p className="ecard-intro">{w("ecard.intro")}</p>
        {summary.data ? (
          <p className="ecard-holder">
            <span className="visually-hidden">{t("ecard.holder")} </span>
            <span className="ecard-holder-name">{maskPersonName(summary.data.name)}</span>{" "}
            <span className="resident-id">{summary.data.maskedResidentId}</span>
          </p>
        ) : null}
        <div className="ecard-qr">
          {ecard.current ? (
            <QrCode text={ecard.current.token} label={t("ecard.qrAlt")} className="ecard-qr-code" />
          ) : (
            <p className="ecard-qr-placeholder" role="status">
              {ecard.visible ? t("ecard.loading") : t("ecard.paused")}
            </p>
          )}
        </div>
        {ecard.error ? <QueryError error={ecard.error} onRetry={ecard.refresh} /> : null}
        <div className="ecard-refresh">
          <p className="ecard-countdown">
            {ecard.current && seconds > 0 ? t("ecard.refreshIn", { seconds }) : "\u00a0"}
          </p>
          <button
            type="button"
            className="button"
            disabled={ecard.refreshing}
            onClick={ecard.refresh}
          >
            {ecard.refreshing ? t("ecard.refreshing") : t("ecard.refresh")}
          </button>
        </div>
        {ecard.current ? (
          <details className="ecard-token-box">
            <summary>{t("ecard.showToken")}</summary>
            <p className="hint">{t("ecard.tokenHint")}</p>
            <code className="ecard-token">{ecard.current.token}</code>
          </details>
        ) : null}
        {ecard.current ? (
          <p className="hint">{t("ecard.howItWorks", { seconds: ecard.current.validSeconds })}</p>
        ) : null}
      </div>
      <EcardStatus account={summary.data} card={overview.data?.card} />
      <BackHomeLink />
    </>
  );
}
