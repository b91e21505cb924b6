import { formatDateTime } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { RowLink } from "../row-link";
import { CaseStatusBadge } from "../supervision/case-status-badge";
import { TaxTable } from "../tax-table";
import type { PayerHistory } from "./payer-history-types";

/** 稽核案件: the supervision cases against the payer, open and closed, each opening its history. */
export function PayerCases({ cases }: { cases: PayerHistory["cases"] }) {
  const { t } = useTranslation();
  if (cases.length === 0) return <p className="muted">{t("tax.history.noCases")}</p>;
  return (
    <TaxTable
      label={t("tax.history.casesTable")}
      columns={[
        t("tax.supervision.column.openedAt"),
        t("tax.supervision.column.ground"),
        t("tax.supervision.column.status"),
        t("tax.supervision.column.decision"),
        t("tax.supervision.column.open"),
      ]}
    >
      {cases.map((item) => {
        const openedAt = formatDateTime(item.openedAt);
        return (
          <tr key={item.caseId}>
            <th scope="row" className="nowrap">
              {openedAt}
            </th>
            <td>{t(`tax.grounds.${item.ground}`)}</td>
            <td>
              <CaseStatusBadge status={item.status} />
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
              <RowLink
                to={`/supervision/${item.caseId}`}
                label={t("tax.supervision.openCase", { openedAt })}
              >
                {t("tax.supervision.open")}
              </RowLink>
            </td>
          </tr>
        );
      })}
    </TaxTable>
  );
}
