import { useQuery } from "@tanstack/react-query";
import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { trpc } from "../../trpc";
import { useWording } from "../elder-mode/use-wording";
import { BackLink } from "../layout/back-link";
import { PageNoticeBanner } from "../layout/page-notice";
import { SignOutEverywhere } from "./sign-out-everywhere";

/** 我的 → 账号安全: the password, the authenticator, and signing out on every device. */
export function SecurityPage() {
  const { t } = useTranslation();
  const w = useWording();
  const passwordId = useId();
  const authenticatorId = useId();
  const session = useQuery(trpc.citizen.session.queryOptions());
  const enabled = session.data?.secondFactorEnabled ?? false;
  useDocumentTitle(w("pages.security"));

  return (
    <>
      <PageHeading>{w("pages.security")}</PageHeading>
      <PageNoticeBanner />
      <section aria-labelledby={passwordId} className="section">
        <h2 id={passwordId}>{t("security.password.heading")}</h2>
        <p>{w("security.password.body")}</p>
        <Link to="/security/password" className="button">
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
          <Link to="/security/authenticator/off" className="button">
            {t("pages.disableAuthenticator")}
          </Link>
        ) : (
          <Link to="/security/authenticator" className="button button-primary">
            {t("pages.enableAuthenticator")}
          </Link>
        )}
      </section>
      <SignOutEverywhere />
      <BackLink to="/profile">{t("security.backToProfile")}</BackLink>
    </>
  );
}
