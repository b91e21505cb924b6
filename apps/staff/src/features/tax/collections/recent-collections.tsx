import { useQuery } from "@tanstack/react-query";
import { formatFen } from "@yibao/domain";
import { formatDateTime, Loading, QueryError } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../trpc";
import { RowLink } from "../row-link";
import { TaxTable } from "../tax-table";

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
    <TaxTable
      label={t("tax.collections.recentTable")}
      columns={[
        t("tax.collections.column.checkedAt"),
        t("tax.collections.column.fileName"),
        t("tax.collections.column.status"),
        { label: t("tax.collections.column.rows"), numeric: true },
        { label: t("tax.collections.column.valid"), numeric: true },
        { label: t("tax.collections.column.credited"), numeric: true },
        t("tax.collections.column.open"),
      ]}
    >
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
            {collection.credited ? formatFen(collection.credited.totalCreditedFen) : t("tax.none")}
          </td>
          <td>
            <RowLink
              to={`/collections/${collection.collectionId}`}
              label={t("tax.collections.openCollection", { fileName: collection.fileName })}
            >
              {t("tax.collections.open")}
            </RowLink>
          </td>
        </tr>
      ))}
    </TaxTable>
  );
}
