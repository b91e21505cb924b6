import { useTranslation } from "react-i18next";

export function JobsPage() {
  const { t } = useTranslation();
  return <h1>{t("jobs.heading")}</h1>;
}
