import { formatFen } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { TaxTable } from "../tax-table";
import type { PayerHistory } from "./payer-history-types";

/** 缴费记录: what the tax authority collected from the payer, month by month, newest first. */
export function PayerCollections({ collections }: { collections: PayerHistory["collections"] }) {
  const { t, i18n } = useTranslation();
  if (collections.length === 0) return <p className="muted">{t("tax.history.noCollections")}</p>;
  return (
    <TaxTable
      label={t("tax.history.collectionsTable")}
      columns={[
        t("tax.history.column.month"),
        { label: t("tax.history.column.people"), numeric: true },
        { label: t("tax.history.column.personal"), numeric: true },
        { label: t("tax.history.column.employer"), numeric: true },
        { label: t("tax.history.column.total"), numeric: true },
        { label: t("tax.history.column.credited"), numeric: true },
      ]}
    >
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
    </TaxTable>
  );
}
