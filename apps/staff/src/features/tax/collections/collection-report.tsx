import { collectionRowOutcomes, formatFen } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { TaxSection } from "../tax-section";
import { TaxTable } from "../tax-table";
import type { CollectionView } from "./collection-types";
import { rowReasonWords } from "./row-reason-words";

/**
 * The check's report: how many rows came out each way, what the creditable rows hold, and every
 * other row with its reasons in words at their columns (the file's row numbers, so the officer
 * finds them in the sheet). Wage bases below the county's floor are named as a lead for 稽核.
 */
export function CollectionReport({ collection }: { collection: CollectionView }) {
  const { t, i18n } = useTranslation();
  const { rows, outcomes, creditable, warnings } = collection;
  return (
    <>
      <TaxSection id="outcomes" heading={t("tax.collections.outcomesHeading")}>
        <p>{t("tax.collections.rowsChecked", { total: rows.total })}</p>
        <ul className="tax-outcomes">
          {collectionRowOutcomes.map((outcome) => (
            <li key={outcome} data-outcome={outcome}>
              <span className="tax-outcome-count">{outcomes[outcome] ?? 0}</span>
              <span>{t(`tax.collections.outcomes.${outcome}`)}</span>
            </li>
          ))}
        </ul>
        {rows.valid > 0 ? (
          <dl className="facts tax-facts">
            <div>
              <dt>{t("tax.collections.creditable.people")}</dt>
              <dd>{creditable.people}</dd>
            </div>
            <div>
              <dt>{t("tax.collections.creditable.months")}</dt>
              <dd>
                {creditable.months
                  .map((month) => formatMonth(month, i18n.language))
                  .join(t("tax.listSeparator"))}
              </dd>
            </div>
            <div>
              <dt>{t("tax.collections.creditable.personalFen")}</dt>
              <dd className="numeric">{formatFen(creditable.personalFen)}</dd>
            </div>
            <div>
              <dt>{t("tax.collections.creditable.employerFen")}</dt>
              <dd className="numeric">{formatFen(creditable.employerFen)}</dd>
            </div>
            {creditable.residentFen > 0 ? (
              <div>
                <dt>{t("tax.collections.creditable.residentFen")}</dt>
                <dd className="numeric">{formatFen(creditable.residentFen)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t("tax.collections.creditable.toAccountsFen")}</dt>
              <dd className="numeric">{formatFen(creditable.toAccountsFen)}</dd>
            </div>
          </dl>
        ) : null}
      </TaxSection>

      {rows.invalid.length > 0 ? (
        <TaxSection id="refused" heading={t("tax.collections.refusedHeading")}>
          <p>{t("tax.collections.refusedIntro")}</p>
          <TaxTable
            label={t("tax.collections.refusedTable")}
            className="tax-report-table"
            columns={[
              { label: t("tax.collections.column.row"), numeric: true },
              t("tax.collections.column.outcome"),
              t("tax.collections.column.reasons"),
            ]}
          >
            {rows.invalid.map((row) => (
              <tr key={row.row} data-outcome={row.outcome}>
                <th scope="row" className="numeric numeric-column">
                  {row.row}
                </th>
                <td>{t(`tax.collections.outcomes.${row.outcome}`)}</td>
                <td>
                  <ul className="tax-lines">
                    {row.errors.map((error) => (
                      <li key={`${error.column}-${error.reason}`}>{rowReasonWords(t, error)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </TaxTable>
        </TaxSection>
      ) : null}

      {warnings.length > 0 ? (
        <TaxSection id="warnings" heading={t("tax.collections.warningsHeading")}>
          <p className="notice notice-warning">
            {t("tax.collections.belowFloor", {
              rows: warnings.map((warning) => warning.row).join(t("tax.listSeparator")),
            })}
          </p>
        </TaxSection>
      ) : null}
    </>
  );
}
