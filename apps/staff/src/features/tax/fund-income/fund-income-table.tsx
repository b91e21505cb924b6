import { formatFen } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { TaxTable } from "../tax-table";
import {
  type FundIncomeMonth,
  type FundIncomeTotals,
  fundIncomeFigureNames,
} from "./fund-income-types";

interface FundIncomeTableProps {
  caption: string;
  months: readonly FundIncomeMonth[];
  /** Rows after the months: each year's totals, the whole span's. */
  totals: readonly { label: string; totals: FundIncomeTotals }[];
}

/** The figures as a table, one row a month, then the totals: the chart's text alternative and the export's source. */
export function FundIncomeTable({ caption, months, totals }: FundIncomeTableProps) {
  const { t, i18n } = useTranslation();
  const cells = (row: FundIncomeTotals) =>
    fundIncomeFigureNames.map((name) => (
      <td key={name} className="numeric numeric-column">
        {formatFen(row[name])}
      </td>
    ));
  return (
    <TaxTable
      label={caption}
      className="tax-fund-table"
      columns={[
        t("tax.fundIncome.table.month"),
        ...fundIncomeFigureNames.map((name) => ({
          label: t(`tax.fundIncome.figures.${name}`),
          numeric: true as const,
        })),
      ]}
      footer={
        totals.length > 0
          ? totals.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {cells(row.totals)}
              </tr>
            ))
          : null
      }
    >
      {months.map((row) => (
        <tr key={row.month}>
          <th scope="row" className="nowrap">
            {formatMonth(row.month, i18n.language)}
          </th>
          {cells(row)}
        </tr>
      ))}
    </TaxTable>
  );
}
