import { useTranslation } from "react-i18next";
import { BureauMark } from "./icons";

/** The issuing authority's name and mark, then the service's name, as on a government app's top bar. */
export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header citizen-header">
      <BureauMark />
      <p className="brand">
        <span className="brand-authority">{t("shell.authority")}</span>
        <span className="brand-service">{t("app.name")}</span>
      </p>
    </header>
  );
}
