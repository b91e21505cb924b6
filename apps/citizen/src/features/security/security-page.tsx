import { useQuery } from "@tanstack/react-query";
import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useWording } from "../elder-mode/use-wording";
import { BackLink } from "../layout/back-link";
import { PageNoticeBanner } from "../layout/page-notice";
import { citizenAccount } from "./citizen-account";
import type { OwnAccount } from "./own-account";
import { SignOutEverywhere } from "./sign-out-everywhere";

/**
 * 账号安全 (the citizen's under 我的): the password, the authenticator, and signing out on every
 * device, of `account`.
 */
export function SecurityPage({ account = citizenAccount }: { account?: OwnAccount }) {
  const { t } = useTranslation();
  const w = useWording();
  const passwordId = useId();
  const authenticatorId = useId();
  const session = useQuery(account.session());
  const enabled = session.data?.secondFactorEnabled ?? false;
  useDocumentTitle(w("pages.security"));

  return (
    <>
      <PageHeading>{w("pages.security")}</PageHeading>
      <PageNoticeBanner />
      {account.intro ? <p>{w(account.intro)}</p> : null}
      <section aria-labelledby={passwordId} className="section">
        <h2 id={passwordId}>{t("security.password.heading")}</h2>
        <p>{w("security.password.body")}</p>
        <Link to={account.paths.changePassword} className="button">
          {t("pages.changePassword")}
        </Link>
      </section>
      <section aria-labelledby={authenticatorId} className="section">
        <h2 id={authenticatorId}>{t("security.authenticator.heading")}</h2>
        <p>
          {t("security.authenticator.statusLabel")}
          <strong className="badge" data-status={enabled ? "ACTIVE" : "NO_CONTRIBUTIONS"}>
            {enabled ? t("security.authenticator.on") : t("security.authenticator.off")}
          </strong>
        </p>
        <p>{w("security.authenticator.body")}</p>
        {enabled ? (
          <Link to={account.paths.disableAuthenticator} className="button">
            {t("pages.disableAuthenticator")}
          </Link>
        ) : (
          <Link to={account.paths.enableAuthenticator} className="button button-primary">
            {t("pages.enableAuthenticator")}
          </Link>
        )}
      </section>
      <SignOutEverywhere account={account} />
      {account.back ? <BackLink to={account.back.to}>{t(account.back.text)}</BackLink> : null}
    </>
  );
}
