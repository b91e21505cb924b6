import { formatFen } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { DataTableRegion } from "../../tables/data-table-region";
import type { PayerHistory } from "./payer-history-types";

/** 缴费记录: what the tax authority collected from the payer, month by month, newest first. */
export function PayerCollections({ collections }: { collections: PayerHistory["collections"] }) {
  const { t, i18n } = useTranslation();
  if (collections.length === 0) return <p className="muted">{t("tax.history.noCollections")}</p>;
  return (
    <DataTableRegion label={t("tax.history.collectionsTable")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("tax.history.collectionsTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tax.history.column.month")}</th>
            <th scope="col" className="numeric-column">
              {t("tax.history.column.people")}
            </th>
            <th scope="col" className="numeric-column">
              {t("tax.history.column.personal")}
            </th>
            <th scope="col" className="numeric-column">
              {t("tax.history.column.employer")}
            </th>
            <th scope="col" className="numeric-column">
              {t("tax.history.column.total")}
            </th>
            <th scope="col" className="numeric-column">
              {t("tax.history.column.credited")}
            </th>
          </tr>
        </thead>
        <tbody>
          {collections.map((row) => (
            <tr key={row.month}>
              <th scope="row" className="nowrap">
                {formatMonth(row.month, i18n.language)}
              </th>
              <td className="numeric numeric-column">{row.people}</td>
              <td className="numeric numeric-column">{formatFen(row.personalFen)}</td>
              <td className="numeric numeric-column">{formatFen(row.employerFen)}</td>
              <td className="numeric numeric-column">{formatFen(row.totalFen)}</td>
              <td className="numeric numeric-column">{formatFen(row.creditedFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataTableRegion>
  );
}
