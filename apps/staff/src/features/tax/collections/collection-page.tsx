import { useQuery } from "@tanstack/react-query";
import { formatDateTime, PageHeading, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { trpc } from "../../../trpc";
import { QueryStatus } from "../query-status";
import "../tax.css";
import { CollectionReport } from "./collection-report";
import { CreditCollection } from "./credit-collection";
import { FileProblem } from "./file-problem";

/**
 * One checked collection file: the report of every row, then 确认入账 — or, once credited, what
 * was credited. The report is the one kept with the collection, so a reload shows the same.
 */
export function CollectionPage() {
  const { t } = useTranslation();
  const { collectionId = "" } = useParams();
  const collection = useQuery(trpc.staff.tax.collection.queryOptions({ collectionId }));
  useDocumentTitle(t("tax.collections.reportHeading"));

  return (
    <>
      <p>
        <Link to="/collections">{t("tax.collections.back")}</Link>
      </p>
      <PageHeading>{t("tax.collections.reportHeading")}</PageHeading>
      <QueryStatus query={collection} />
      {collection.data ? (
        <>
          <p className="tax-file">
            {t("tax.collections.checkedFile", {
              fileName: collection.data.fileName,
              at: formatDateTime(collection.data.checkedAt),
            })}
          </p>
          {collection.data.fileProblem ? (
            <FileProblem problem={collection.data.fileProblem} />
          ) : (
            <>
              <CollectionReport collection={collection.data} />
              <CreditCollection collection={collection.data} />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
