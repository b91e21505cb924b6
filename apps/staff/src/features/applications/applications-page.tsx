import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";

/** 制卡申请: the clerk's work queue. Empty until applications exist (next issue). */
export function ApplicationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("pages.applications"));
  return (
    <>
      <PageHeading>{t("pages.applications")}</PageHeading>
      <div className="empty-state" role="status">
        <h2>{t("applications.emptyTitle")}</h2>
        <p>{t("applications.emptyBody")}</p>
      </div>
    </>
  );
}
