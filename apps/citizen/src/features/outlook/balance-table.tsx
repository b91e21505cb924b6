import { formatFen } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import { useTranslation } from "react-i18next";

interface BalanceTableProps {
  history: readonly { month: string; balanceFen: number }[];
  projectedMonths: readonly string[];
  projectedFen: readonly number[];
}

/** The chart's figures as a table, for a screen reader and for anyone who wants the amounts. */
export function BalanceTable({ history, projectedMonths, projectedFen }: BalanceTableProps) {
  const { t, i18n } = useTranslation();
  const rows = [
    ...history.map((point) => ({ month: point.month, fen: point.balanceFen, projected: false })),
    ...projectedMonths.map((month, index) => ({
      month,
      fen: projectedFen[index] ?? 0,
      projected: true,
    })),
  ];
  return (
    <details className="balance-table">
      <summary>{t("outlook.tableSummary")}</summary>
      <table>
        <caption>{t("outlook.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("outlook.month")}</th>
            <th scope="col">{t("outlook.monthEndBalance")}</th>
            <th scope="col">{t("outlook.kind")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month} data-projected={row.projected || undefined}>
              <th scope="row">{formatMonth(row.month, i18n.language)}</th>
              <td className="amount">{formatFen(row.fen)}</td>
              <td>{t(row.projected ? "outlook.kindProjected" : "outlook.kindActual")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
