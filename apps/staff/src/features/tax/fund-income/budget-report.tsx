import { useQuery } from "@tanstack/react-query";
import { chinaToday, formatFen } from "@yibao/domain";
import { formatMonth, Loading, QueryError, serverNow } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { trpc } from "../../../trpc";
import { DataTableRegion } from "../../tables/data-table-region";
import { basisPointsWords } from "./basis-points-words";
import { BudgetChart } from "./budget-chart";
import { FundIncomeTable } from "./fund-income-table";
import { YearSelect } from "./year-select";

/**
 * 基金收入预算建议: for next year (or this one), the base year's income as collected month by
 * month, the trend fitted to the latest complete months, the payers behind it, and the proposal
 * with the method written next to it — the arithmetic is the domain's, the words are here.
 */
export function BudgetReport() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(chinaToday(new Date(serverNow())).slice(0, 4));
  const years = [thisYear + 1, thisYear];
  const asked = Number(params.get("year"));
  const year = years.includes(asked) ? asked : thisYear + 1;
  const budget = useQuery(trpc.staff.tax.budgetProposal.queryOptions({ year }));
  const month = (value: string) => formatMonth(value, i18n.language);

  return (
    <>
      <YearSelect
        label={t("tax.budget.year")}
        years={years}
        value={year}
        wording={(each) => t("tax.budget.yearOption", { year: each })}
        onChange={(each) => setParams(each === thisYear + 1 ? {} : { year: String(each) })}
      />
      {budget.isPending ? <Loading /> : null}
      {budget.isError ? (
        <QueryError error={budget.error} onRetry={() => void budget.refetch()} />
      ) : null}
      {budget.data ? (
        <>
          <section className="section tax-proposal" aria-labelledby="proposal-heading">
            <h2 id="proposal-heading">
              {t("tax.budget.proposalHeading", { year: budget.data.budgetYear })}
            </h2>
            <p className="tax-proposal-amount">{formatFen(budget.data.proposal.totalFen)}</p>
            <p>
              {budget.data.changeBasisPoints === null
                ? t("tax.budget.noChange", { year: budget.data.baseYear })
                : t("tax.budget.change", {
                    year: budget.data.baseYear,
                    estimate: formatFen(budget.data.baseYearEstimateFen),
                    change: basisPointsWords(budget.data.changeBasisPoints, { signed: true }),
                  })}
            </p>
            <div className="tax-method">
              <h3>{t("tax.budget.methodHeading")}</h3>
              <p>
                {t(`tax.budget.methods.${budget.data.method}`, {
                  from: budget.data.basis ? month(budget.data.basis.from) : "",
                  to: budget.data.basis ? month(budget.data.basis.to) : "",
                  months: budget.data.basis?.months ?? 0,
                  slope: formatFen(budget.data.trend.slopeFenPerMonth),
                  average: formatFen(budget.data.trend.averageFen),
                })}
              </p>
              <p className="hint">{t("tax.budget.methodNote", { year: budget.data.baseYear })}</p>
            </div>
            <dl className="facts tax-facts">
              <div>
                <dt>{t("tax.budget.payers.employers")}</dt>
                <dd>{budget.data.payers.employers}</dd>
              </div>
              <div>
                <dt>{t("tax.budget.payers.individuals")}</dt>
                <dd>{budget.data.payers.individuals}</dd>
              </div>
              <div>
                <dt>
                  {budget.data.payers.lastMonth
                    ? t("tax.budget.payers.peoplePaidIn", {
                        month: month(budget.data.payers.lastMonth),
                      })
                    : t("tax.budget.payers.peoplePaid")}
                </dt>
                <dd>{budget.data.payers.peoplePaidLastMonth}</dd>
              </div>
            </dl>
          </section>
          <section className="section" aria-labelledby="budget-chart-heading">
            <h2 id="budget-chart-heading">{t("tax.budget.chart.heading")}</h2>
            <BudgetChart proposal={budget.data} />
          </section>
          <section className="section" aria-labelledby="proposal-months-heading">
            <h2 id="proposal-months-heading">
              {t("tax.budget.monthsHeading", { year: budget.data.budgetYear })}
            </h2>
            <DataTableRegion label={t("tax.budget.monthsTable", { year: budget.data.budgetYear })}>
              <table className="data-table tax-narrow-table">
                <caption className="visually-hidden">
                  {t("tax.budget.monthsTable", { year: budget.data.budgetYear })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("tax.fundIncome.table.month")}</th>
                    <th scope="col" className="numeric-column">
                      {t("tax.budget.proposed")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {budget.data.proposal.months.map((row) => (
                    <tr key={row.month}>
                      <th scope="row">{month(row.month)}</th>
                      <td className="numeric numeric-column">{formatFen(row.fen)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t("tax.fundIncome.table.total")}</th>
                    <td className="numeric numeric-column">
                      {formatFen(budget.data.proposal.totalFen)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </DataTableRegion>
          </section>
          <section className="section" aria-labelledby="actuals-heading">
            <h2 id="actuals-heading">
              {t("tax.budget.actualsHeading", { year: budget.data.baseYear })}
            </h2>
            <FundIncomeTable
              caption={t("tax.budget.actualsHeading", { year: budget.data.baseYear })}
              months={budget.data.baseYearMonths}
              totals={[]}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
