import { type SlaRow, slaFigureNames } from "@yibao/domain";
import { useTranslation } from "react-i18next";
import { DataTableRegion } from "../tables/data-table-region";

/** The figures as a table, one row a service point: the chart's text alternative and the export's source. */
export function SlaTable({
  rows,
  range,
}: {
  rows: readonly SlaRow[];
  range: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const caption = t("dashboard.table.caption", range);
  return (
    <DataTableRegion label={caption}>
      <table className="data-table sla-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.figures.servicePoint")}</th>
            {slaFigureNames.map((name) => (
              <th key={name} scope="col" className="numeric-column">
                {t(`dashboard.figures.${name}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              {slaFigureNames.map((name) => (
                <td
                  key={name}
                  className="numeric numeric-column"
                  data-alert={name === "overdueNow" && row.overdueNow > 0 ? "true" : undefined}
                >
                  {row[name] ?? t("dashboard.table.none")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </DataTableRegion>
  );
}
