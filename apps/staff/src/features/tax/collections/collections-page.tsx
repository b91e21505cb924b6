import { collectionColumnKeys, collectionColumns } from "@yibao/domain";
import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import "../tax.css";
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
      <section className="section" aria-labelledby="file-format-heading">
        <h2 id="file-format-heading">{t("tax.collections.formatHeading")}</h2>
        <p>{t("tax.collections.formatIntro")}</p>
        <ol className="tax-columns">
          {collectionColumnKeys.map((key) => (
            <li key={key}>
              <strong>{collectionColumns[key]}</strong>
              <span className="hint">{t(`tax.collections.columnRules.${key}`)}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="section" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t("tax.collections.uploadHeading")}</h2>
        <CollectionUploadForm />
      </section>
      <section className="section" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t("tax.collections.recentHeading")}</h2>
        <RecentCollections />
      </section>
    </>
  );
}
