import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { chinaToday, monthOf } from "@yibao/domain";
import { serverNow, TextField } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { trpc } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { typedValue } from "../form-values";
import { QueryStatus } from "../query-status";
import { TaxSection } from "../tax-section";
import { exportFundIncomeWorkbook } from "./export-fund-income-workbook";
import { FundIncomeChart } from "./fund-income-chart";
import { fundIncomeRangeOf, fundIncomeRangeProblem } from "./fund-income-range";
import { FundIncomeTable } from "./fund-income-table";
import { yearTotalsOf } from "./fund-income-types";

/**
 * 基金收入: per month from one month to another (the twelve up to this one by default, in the
 * address), the premiums collected by part, what went to personal accounts and to the pooled
 * fund, the arrears still owed; a chart, the same figures as a table with each year's totals, and
 * the table as an .xlsx file.
 */
export function FundIncomeReport() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [rangeError, setRangeError] = useState<string | null>(null);
  const thisMonth = monthOf(chinaToday(new Date(serverNow())));
  const range = fundIncomeRangeOf(params, thisMonth);
  const report = useQuery({
    ...trpc.staff.tax.fundIncome.queryOptions(range),
    placeholderData: keepPreviousData,
  });
  const exported = useMutation({
    mutationFn: () =>
      report.data ? exportFundIncomeWorkbook(report.data, range) : Promise.reject(),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const from = typedValue(event.currentTarget, "from");
    const to = typedValue(event.currentTarget, "to");
    const problem = fundIncomeRangeProblem(from, to);
    setRangeError(problem ? t(`tax.fundIncome.range.issues.${problem}`) : null);
    if (problem) return;
    exported.reset();
    setParams({ from, to });
  }

  return (
    <>
      <form
        key={`${range.from}|${range.to}`}
        className="filter-form"
        noValidate
        onSubmit={onSubmit}
      >
        <TextField
          name="from"
          type="month"
          label={t("tax.fundIncome.range.from")}
          error={rangeError}
          defaultValue={range.from}
        />
        <TextField
          name="to"
          type="month"
          label={t("tax.fundIncome.range.to")}
          error={null}
          defaultValue={range.to}
        />
        <div className="field">
          <button type="submit" className="button button-primary">
            {t("tax.fundIncome.range.show")}
          </button>
        </div>
      </form>
      <QueryStatus query={report} />
      {report.data ? (
        <>
          <p role="status" className="tax-summary">
            {t("tax.fundIncome.showing", { ...range, asOf: report.data.asOf })}
          </p>
          <TaxSection id="fund-chart" heading={t("tax.fundIncome.chart.heading")}>
            <FundIncomeChart months={report.data.months} />
          </TaxSection>
          <section className="section" aria-labelledby="fund-table-heading">
            <div className="section-heading">
              <h2 id="fund-table-heading">{t("tax.fundIncome.table.heading")}</h2>
              <div className="export-audit">
                <button
                  type="button"
                  className="button"
                  disabled={exported.isPending}
                  aria-busy={exported.isPending}
                  onClick={() => exported.mutate()}
                >
                  {exported.isPending
                    ? t("tax.fundIncome.export.exporting")
                    : t("tax.fundIncome.export.button")}
                </button>
                <FormError message={exported.isError ? t("tax.fundIncome.export.failed") : null} />
                <p role="status" className="hint">
                  {exported.data
                    ? t("tax.fundIncome.export.done", { fileName: exported.data })
                    : null}
                </p>
              </div>
            </div>
            <FundIncomeTable
              caption={t("tax.fundIncome.table.caption", range)}
              months={report.data.months}
              totals={[
                ...yearTotalsOf(report.data).map((year) => ({
                  label: t("tax.fundIncome.table.yearTotal", { year: year.year }),
                  totals: year,
                })),
                { label: t("tax.fundIncome.table.total"), totals: report.data.total },
              ]}
            />
            <p className="hint">{t("tax.fundIncome.definitions")}</p>
          </section>
        </>
      ) : null}
    </>
  );
}
