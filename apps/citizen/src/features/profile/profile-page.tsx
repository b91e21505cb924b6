import { useQuery } from "@tanstack/react-query";
import { LanguageSwitch, PageHeading, SignOutButton, useDocumentTitle } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { trpc } from "../../trpc";
import { ElderModeSwitch } from "../elder-mode/elder-mode-switch";
import { useWording } from "../elder-mode/use-wording";

export function ProfilePage() {
  const { t } = useTranslation();
  const w = useWording();
  const detailsId = useId();
  const settingsId = useId();
  const securityId = useId();
  const privacyId = useId();
  const session = useQuery(trpc.citizen.session.queryOptions());
  useDocumentTitle(w("pages.profile"));

  return (
    <>
      <PageHeading>{w("pages.profile")}</PageHeading>
      {session.data ? (
        <section aria-labelledby={detailsId} className="section">
          <h2 id={detailsId}>{t("profile.myDetails")}</h2>
          <dl className="facts">
            <div>
              <dt>{t("account.name")}</dt>
              <dd>{session.data.name}</dd>
            </div>
            <div>
              <dt>{t("account.maskedResidentId")}</dt>
              <dd className="resident-id">{session.data.maskedResidentId}</dd>
            </div>
          </dl>
        </section>
      ) : null}
      <section aria-labelledby={securityId} className="section">
        <h2 id={securityId}>{t("profile.security")}</h2>
        <Link to="/security" className="link-row">
          <span className="link-row-label">{t("pages.security")}</span>
          <span className="link-row-description">{w("profile.securityDescription")}</span>
        </Link>
      </section>
      <section aria-labelledby={privacyId} className="section">
        <h2 id={privacyId}>{t("profile.privacy")}</h2>
        <ul className="link-rows">
          <li>
            <Link to="/profile/access-log" className="link-row">
              <span className="link-row-label">{t("accessLog.link")}</span>
              <span className="link-row-description">{t("accessLog.linkDescription")}</span>
            </Link>
          </li>
          <li>
            <Link to="/privacy" className="link-row">
              <span className="link-row-label">{t("pages.privacy")}</span>
              <span className="link-row-description">{t("profile.privacyDescription")}</span>
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby={settingsId} className="section">
        <h2 id={settingsId}>{t("profile.settings")}</h2>
        <ElderModeSwitch signedIn />
        <div className="setting-row">
          <span className="switch-label">{t("profile.language")}</span>
          <LanguageSwitch className="button" />
        </div>
      </section>
      <div className="section">
        <SignOutButton className="button button-wide" />
      </div>
    </>
  );
}
