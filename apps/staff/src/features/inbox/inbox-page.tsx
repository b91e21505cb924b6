import { useTranslation } from "react-i18next";

export function InboxPage() {
  const { t } = useTranslation();
  return <h1>{t("inbox.heading")}</h1>;
}
