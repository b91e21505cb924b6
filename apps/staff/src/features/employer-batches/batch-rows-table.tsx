import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouterOutputs } from "../../api-types";
import { DataTableRegion } from "../tables/data-table-region";

type Row = RouterOutputs["staff"]["employerBatches"]["get"]["rows"][number];

/**
 * The batch's applications in the sheet's order, with where each stands; one is worked on like
 * any application (核验, 审核通过, 不予受理, its notices) in the applications area.
 */
export function BatchRowsTable({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  return (
    <DataTableRegion label={t("employerBatches.rows.tableLabel")}>
      <table className="data-table batch-rows-table">
        <caption className="visually-hidden">{t("employerBatches.rows.tableLabel")}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric-column">
              {t("employerBatches.rows.rowNumber")}
            </th>
            <th scope="col">{t("employerBatches.rows.name")}</th>
            <th scope="col">{t("employerBatches.rows.residentId")}</th>
            <th scope="col">{t("employerBatches.rows.reference")}</th>
            <th scope="col">{t("employerBatches.rows.status")}</th>
            <th scope="col">{t("employerBatches.rows.cardNumber")}</th>
            <th scope="col">{t("employerBatches.rows.open")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.application.id}>
              <td className="numeric-column">{row.rowNumber}</td>
              <th scope="row">{row.name}</th>
              <td className="nowrap resident-id">{row.maskedResidentId}</td>
              <td className="nowrap reference">{row.application.reference}</td>
              <td>
                <span className="status-badge" data-status={row.application.status}>
                  {t(`applications.statuses.${row.application.status}`)}
                </span>
              </td>
              <td className="nowrap">{row.application.cardNumber ?? "—"}</td>
              <td>
                <Link
                  className="button button-small"
                  to={`/applications?queue=ALL_OPEN&application=${row.application.id}`}
                >
                  {t("employerBatches.rows.open")}
                  <span className="visually-hidden">
                    {" "}
                    {t("employerBatches.rows.openRow", { row: row.rowNumber, name: row.name })}
                  </span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataTableRegion>
  );
}
