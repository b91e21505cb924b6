import { useQuery } from "@tanstack/react-query";
import { formatFen } from "@yibao/domain";
import { formatDateTime, Loading, QueryError } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { trpc } from "../../../trpc";
import { DataTableRegion } from "../../tables/data-table-region";

/** The collection files checked, newest first: each with its counts and, once credited, what it credited. */
export function RecentCollections() {
  const { t } = useTranslation();
  const collections = useQuery(trpc.staff.tax.collections.queryOptions({ limit: 50 }));
  if (collections.isPending) return <Loading />;
  if (collections.isError) {
    return <QueryError error={collections.error} onRetry={() => void collections.refetch()} />;
  }
  const rows = collections.data.items;
  if (rows.length === 0) return <p className="empty-state">{t("tax.collections.none")}</p>;
  return (
    <DataTableRegion label={t("tax.collections.recentTable")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("tax.collections.recentTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tax.collections.column.checkedAt")}</th>
            <th scope="col">{t("tax.collections.column.fileName")}</th>
            <th scope="col">{t("tax.collections.column.status")}</th>
            <th scope="col" className="numeric-column">
              {t("tax.collections.column.rows")}
            </th>
            <th scope="col" className="numeric-column">
              {t("tax.collections.column.valid")}
            </th>
            <th scope="col" className="numeric-column">
              {t("tax.collections.column.credited")}
            </th>
            <th scope="col">{t("tax.collections.column.open")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((collection) => (
            <tr key={collection.collectionId}>
              <td className="nowrap">{formatDateTime(collection.checkedAt)}</td>
              <th scope="row">{collection.fileName}</th>
              <td>
                <span className="status-badge" data-status={`COLLECTION_${collection.status}`}>
                  {t(`tax.collections.statuses.${collection.status}`)}
                </span>
              </td>
              <td className="numeric numeric-column">{collection.rows.total}</td>
              <td className="numeric numeric-column">{collection.rows.valid}</td>
              <td className="numeric numeric-column">
                {collection.credited
                  ? formatFen(collection.credited.totalCreditedFen)
                  : t("tax.none")}
              </td>
              <td>
                <Link
                  className="button button-small"
                  to={`/collections/${collection.collectionId}`}
                  aria-label={t("tax.collections.openCollection", {
                    fileName: collection.fileName,
                  })}
                >
                  {t("tax.collections.open")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataTableRegion>
  );
}
