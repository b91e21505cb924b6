import { useTranslation } from "react-i18next";

export function CalendarPage() {
  const { t } = useTranslation();
  return <h1>{t("calendar.heading")}</h1>;
}
