import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function BackHomeLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/" className="button back-home">
        <span aria-hidden="true">← </span>
        {t("nav.backHome")}
      </Link>
    </p>
  );
}
