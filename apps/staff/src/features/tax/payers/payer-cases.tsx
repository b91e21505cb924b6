import { formatDateTime } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTableRegion } from "../../tables/data-table-region";
import type { PayerHistory } from "./payer-history-types";

/** 稽核案件: the supervision cases against the payer, open and closed, each opening its history. */
export function PayerCases({ cases }: { cases: PayerHistory["cases"] }) {
  const { t } = useTranslation();
  if (cases.length === 0) return <p className="muted">{t("tax.history.noCases")}</p>;
  return (
    <DataTableRegion label={t("tax.history.casesTable")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("tax.history.casesTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tax.supervision.column.openedAt")}</th>
            <th scope="col">{t("tax.supervision.column.ground")}</th>
            <th scope="col">{t("tax.supervision.column.status")}</th>
            <th scope="col">{t("tax.supervision.column.decision")}</th>
            <th scope="col">{t("tax.supervision.column.open")}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => {
            const openedAt = formatDateTime(item.openedAt);
            return (
              <tr key={item.caseId}>
                <th scope="row" className="nowrap">
                  {openedAt}
                </th>
                <td>{t(`tax.grounds.${item.ground}`)}</td>
                <td>
                  <span className="status-badge" data-status={`CASE_${item.status}`}>
                    {t(`tax.caseStatuses.${item.status}`)}
                  </span>
                </td>
                <td>
                  {item.decision
                    ? t("tax.supervision.decidedOn", {
                        decision: t(`tax.decisions.${item.decision.decision}`),
                        date: item.decision.decidedOn,
                      })
                    : t("tax.none")}
                </td>
                <td>
                  <Link
                    className="button button-small"
                    to={`/supervision/${item.caseId}`}
                    aria-label={t("tax.supervision.openCase", { openedAt })}
                  >
                    {t("tax.supervision.open")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </DataTableRegion>
  );
}
