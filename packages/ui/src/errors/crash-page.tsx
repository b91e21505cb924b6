import { useTranslation } from "react-i18next";
import { PublicLayout } from "../layout/public-layout";
import { useDocumentTitle } from "../layout/use-document-title";

export function CrashPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("crash.title"));
  return (
    <PublicLayout>
      <h1 className="page-heading">{t("crash.title")}</h1>
      <p>{t("crash.body")}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => window.location.reload()}
      >
        {t("crash.reload")}
      </button>
    </PublicLayout>
  );
}
