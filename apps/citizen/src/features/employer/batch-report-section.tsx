import { useTranslation } from "react-i18next";
import type { BatchReport } from "./batch-report-types";
import { downloadBatchErrors } from "./download-batch-errors";
import { rowProblemWords } from "./row-problem-words";

interface BatchReportSectionProps {
  report: Pick<BatchReport, "fileName">;
  rows: NonNullable<BatchReport["rows"]>;
}

/**
 * The report of a checked batch: how many rows are valid, and each invalid row with every reason
 * in words (and the same as a downloadable error file); the warnings that do not stop a row.
 */
export function BatchReportSection({ report, rows }: BatchReportSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="report-heading">
      <h2 id="report-heading">{t("batch.reportHeading")}</h2>
      <p className="batch-summary">
        {t("batch.summary", { total: rows.total, valid: rows.valid, invalid: rows.invalid.length })}
      </p>
      {rows.withPhoto > 0 ? <p>{t("batch.withPhoto", { count: rows.withPhoto })}</p> : null}
      {rows.invalid.length === 0 ? (
        <p className="notice notice-success">{t("batch.allValid")}</p>
      ) : (
        <>
          <h3>{t("batch.invalidHeading")}</h3>
          <div className="table-scroll">
            <table className="employer-table batch-invalid">
              <caption className="visually-hidden">{t("batch.invalidCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("batch.rowColumn")}</th>
                  <th scope="col">{t("columns.NAME")}</th>
                  <th scope="col">{t("batch.problemColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.invalid.map((row) => (
                  <tr key={row.row}>
                    <th scope="row">{t("batch.row", { row: row.row })}</th>
                    <td>{row.cells.name}</td>
                    <td>
                      <ul className="row-problems">
                        {row.errors.map((problem) => (
                          <li key={`${problem.column}-${problem.reason}`}>
                            {rowProblemWords(t, problem)}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t("batch.errorFileHint")}</p>
          <p>
            <button
              type="button"
              className="button"
              onClick={() => void downloadBatchErrors(t, report.fileName, rows.invalid)}
            >
              {t("batch.errorFile")}
            </button>
          </p>
        </>
      )}
      {rows.warnings.length > 0 ? (
        <>
          <h3>{t("batch.warningsHeading")}</h3>
          <ul className="row-warnings">
            {rows.warnings.flatMap((row) =>
              row.warnings.map((warning) => (
                <li key={`${row.row}-${warning.column}-${warning.reason}`}>
                  {t("batch.row", { row: row.row })} · {rowProblemWords(t, warning)}
                </li>
              )),
            )}
          </ul>
        </>
      ) : null}
    </section>
  );
}
