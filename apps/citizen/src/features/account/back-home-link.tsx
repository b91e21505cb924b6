import { useTranslation } from "react-i18next";
import { BackLink } from "../layout/back-link";

export function BackHomeLink() {
  const { t } = useTranslation();
  return <BackLink to="/">{t("nav.backHome")}</BackLink>;
}
