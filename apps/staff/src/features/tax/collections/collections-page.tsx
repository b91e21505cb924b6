import { collectionColumnKeys, collectionColumns } from "@yibao/domain";
import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import "../tax.css";
import { TaxSection } from "../tax-section";
import { CollectionUploadForm } from "./collection-upload-form";
import { RecentCollections } from "./recent-collections";

/**
 * 征收数据导入: a month's collection file from the tax system, sent and checked row by row before
 * anything is credited; the files checked before, each with its report and result.
 */
export function CollectionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("tax.collections.heading"));
  return (
    <>
      <PageHeading>{t("tax.collections.heading")}</PageHeading>
      <p className="tax-intro">{t("tax.collections.intro")}</p>
      <TaxSection id="file-format" heading={t("tax.collections.formatHeading")}>
        <p>{t("tax.collections.formatIntro")}</p>
        <ol className="tax-columns">
          {collectionColumnKeys.map((key) => (
            <li key={key}>
              <strong>{collectionColumns[key]}</strong>
              <span className="hint">{t(`tax.collections.columnRules.${key}`)}</span>
            </li>
          ))}
        </ol>
      </TaxSection>
      <TaxSection id="upload" heading={t("tax.collections.uploadHeading")}>
        <CollectionUploadForm />
      </TaxSection>
      <TaxSection id="recent" heading={t("tax.collections.recentHeading")}>
        <RecentCollections />
      </TaxSection>
    </>
  );
}
