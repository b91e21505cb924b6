import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { hotlines } from "./hotlines";

/** Who runs the service, the numbers to call, and what happens to the person's information. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p className="footer-authority">{t("shell.authority")}</p>
      <ul className="hotlines">
        {hotlines.map((line) => (
          <li key={line.id}>
            {t(`shell.hotlines.${line.id}`)}{" "}
            <a href={`tel:${line.number}`} className="hotline-number">
              {line.number}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/privacy">{t("pages.privacy")}</Link>
      </p>
    </footer>
  );
}
