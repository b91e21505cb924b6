import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

const sections = ["what", "why", "who", "howLong", "rights"] as const;

/**
 * 个人信息保护告知: what Yibao keeps, why, who sees it, for how long and the person's rights
 * (Personal Information Protection Law, arts. 17 and 44–50), in plain words. Open to everyone,
 * signed in or not: a person should read it before giving anything.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("pages.privacy"));
  return (
    <>
      <PageHeading>{t("pages.privacy")}</PageHeading>
      <p>{t("privacy.intro")}</p>
      {sections.map((id) => (
        <section key={id} className="section privacy-section">
          <h2>{t(`privacy.${id}.heading`)}</h2>
          <p>{t(`privacy.${id}.body`)}</p>
        </section>
      ))}
      <p className="hint">{t("privacy.updated")}</p>
      <p>
        <Link to="/" className="button back-home">
          {t("nav.backHome")}
        </Link>
      </p>
    </>
  );
}
