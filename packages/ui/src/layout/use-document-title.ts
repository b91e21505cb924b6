import { useEffect } from "react";
import { useTranslation } from "react-i18next";

export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const title = `${pageTitle}${t("app.titleSeparator")}${t("app.name")}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
