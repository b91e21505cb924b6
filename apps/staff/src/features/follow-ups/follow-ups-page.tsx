import { useTranslation } from "react-i18next";

export function FollowUpsPage() {
  const { t } = useTranslation();
  return <h1>{t("followUps.heading")}</h1>;
}
