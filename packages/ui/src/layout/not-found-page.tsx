import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeading } from "./page-heading";
import { PublicLayout } from "./public-layout";
import { useDocumentTitle } from "./use-document-title";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("pages.notFound"));
  return (
    <PublicLayout>
      <PageHeading>{t("pages.notFound")}</PageHeading>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to="/">{t("nav.backHome")}</Link>
      </p>
    </PublicLayout>
  );
}
