import { useTranslation } from "react-i18next";

export function ParametersPage() {
  const { t } = useTranslation();
  return <h1>{t("parameters.heading")}</h1>;
}
