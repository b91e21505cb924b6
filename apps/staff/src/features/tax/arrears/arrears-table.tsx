import { formatFen } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouterOutputs } from "../../../api-types";
import { ColumnHeads } from "../column-heads";
import { RowLink } from "../row-link";
import { OpenCaseDialog } from "../supervision/open-case-dialog";
import { TaxTable } from "../tax-table";

type Arrears = RouterOutputs["staff"]["tax"]["arrears"];
type PayerArrears = Arrears["payers"][number];

function payerKey(row: PayerArrears): string {
  return row.payer.kind === "EMPLOYER" ? row.payer.employerId : row.payer.individualPayerId;
}

/**
 * One row a payer, the largest debt first: months owed, people, assessed, late fee; the people
 * and their months behind a disclosure; the open case, or a button to open one.
 */
export function ArrearsTable({ arrears }: { arrears: Arrears }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState<string | null>(null);
  const [opening, setOpening] = useState<PayerArrears | null>(null);
  const months = (list: readonly string[]) =>
    list.map((month) => formatMonth(month, i18n.language)).join(t("tax.listSeparator"));

  return (
    <>
      <TaxTable
        label={t("tax.arrears.table")}
        className="tax-arrears-table"
        columns={[
          t("tax.arrears.column.payer"),
          t("tax.arrears.column.monthsOwed"),
          { label: t("tax.arrears.column.people"), numeric: true },
          { label: t("tax.arrears.column.assessed"), numeric: true },
          { label: t("tax.arrears.column.lateFee"), numeric: true },
          t("tax.arrears.column.case"),
        ]}
      >
        {arrears.payers.map((row) => {
          const key = payerKey(row);
          const name = row.payer.name;
          return (
            <Fragment key={key}>
              <tr>
                <th scope="row">
                  <Link
                    to={
                      row.payer.kind === "EMPLOYER"
                        ? `/payers/employers/${row.payer.employerId}`
                        : `/payers/people/${row.payer.personId}`
                    }
                  >
                    {name}
                  </Link>
                  <span className="tax-detail nowrap">
                    {row.payer.kind === "EMPLOYER"
                      ? row.payer.creditCode
                      : `${t("tax.schemes.FLEXIBLE_EMPLOYMENT")} · ${row.payer.maskedResidentId}`}
                  </span>
                </th>
                <td>
                  {t("tax.arrears.monthsCount", { count: row.monthsOwed.length })}
                  <span className="tax-detail">{months(row.monthsOwed)}</span>
                </td>
                <td className="numeric numeric-column">
                  {row.peopleAffected}
                  <button
                    type="button"
                    className="button button-small tax-people-toggle"
                    aria-expanded={shown === key}
                    aria-label={t("tax.arrears.showPeopleOf", { name })}
                    onClick={() => setShown((open) => (open === key ? null : key))}
                  >
                    {t("tax.arrears.showPeople")}
                  </button>
                </td>
                <td className="numeric numeric-column">{formatFen(row.assessedFen)}</td>
                <td className="numeric numeric-column">{formatFen(row.lateFeeFen)}</td>
                <td>
                  {row.openCaseId ? (
                    <RowLink
                      to={`/supervision/${row.openCaseId}`}
                      label={t("tax.arrears.openCaseOf", { name })}
                    >
                      {t("tax.arrears.openCase")}
                    </RowLink>
                  ) : (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t("tax.arrears.newCaseFor", { name })}
                      onClick={() => setOpening(row)}
                    >
                      {t("tax.arrears.newCase")}
                    </button>
                  )}
                </td>
              </tr>
              {shown === key ? (
                <tr className="tax-people-row">
                  <td colSpan={6}>
                    <PeopleOwed row={row} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </TaxTable>
      {opening ? (
        <OpenCaseDialog
          payer={
            opening.payer.kind === "EMPLOYER"
              ? { employerId: opening.payer.employerId }
              : { personId: opening.payer.personId }
          }
          payerName={opening.payer.name}
          ground="ARREARS"
          onClose={() => setOpening(null)}
        />
      ) : null}
    </>
  );
}

/** The people a payer owes for, each month with its due date, wage base, amount and days late. */
function PeopleOwed({ row }: { row: PayerArrears }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table tax-people-table">
      <caption>{t("tax.arrears.peopleOf", { name: row.payer.name })}</caption>
      <ColumnHeads
        columns={[
          t("tax.payers.column.name"),
          t("tax.arrears.column.month"),
          t("tax.arrears.column.dueDate"),
          { label: t("tax.arrears.column.wageBase"), numeric: true },
          { label: t("tax.arrears.column.assessed"), numeric: true },
          { label: t("tax.arrears.column.daysLate"), numeric: true },
          { label: t("tax.arrears.column.lateFee"), numeric: true },
        ]}
      />
      <tbody>
        {row.people.flatMap((person) =>
          person.months.map((owed, index) => (
            <tr key={`${person.personId}-${owed.month}`}>
              {index === 0 ? (
                <th scope="rowgroup" rowSpan={person.months.length}>
                  {person.name}
                  <span className="tax-detail resident-id nowrap">{person.maskedResidentId}</span>
                </th>
              ) : null}
              <td className="nowrap">{formatMonth(owed.month, i18n.language)}</td>
              <td className="nowrap">{owed.dueDate}</td>
              <td className="numeric numeric-column">{formatFen(owed.wageBaseFen)}</td>
              <td className="numeric numeric-column">{formatFen(owed.assessedFen)}</td>
              <td className="numeric numeric-column">{owed.daysLate}</td>
              <td className="numeric numeric-column">{formatFen(owed.lateFeeFen)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
