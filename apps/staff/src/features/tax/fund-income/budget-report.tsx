import { useQuery } from "@tanstack/react-query";
import { chinaToday, formatFen } from "@yibao/domain";
import { formatMonth, serverNow } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../trpc";
import { QueryStatus } from "../query-status";
import { TaxSection } from "../tax-section";
import { TaxTable } from "../tax-table";
import { basisPointsWords } from "./basis-points-words";
import { BudgetChart } from "./budget-chart";
import { FundIncomeTable } from "./fund-income-table";
import { useChosenYear } from "./use-chosen-year";
import { YearSelect } from "./year-select";

/**
 * 基金收入预算建议: for next year (or this one), the base year's income as collected month by
 * month, the trend fitted to the latest complete months, the payers behind it, and the proposal
 * with the method written next to it — the arithmetic is the domain's, the words are here.
 */
export function BudgetReport() {
  const { t, i18n } = useTranslation();
  const thisYear = Number(chinaToday(new Date(serverNow())).slice(0, 4));
  const years = [thisYear + 1, thisYear];
  const [year, chooseYear] = useChosenYear(years);
  const budget = useQuery(trpc.staff.tax.budgetProposal.queryOptions({ year }));
  const month = (value: string) => formatMonth(value, i18n.language);

  return (
    <>
      <YearSelect
        label={t("tax.budget.year")}
        years={years}
        value={year}
        wording={(each) => t("tax.budget.yearOption", { year: each })}
        onChange={chooseYear}
      />
      <QueryStatus query={budget} />
      {budget.data ? (
        <>
          <TaxSection
            id="proposal"
            className="tax-proposal"
            heading={t("tax.budget.proposalHeading", { year: budget.data.budgetYear })}
          >
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
          </TaxSection>
          <TaxSection id="budget-chart" heading={t("tax.budget.chart.heading")}>
            <BudgetChart proposal={budget.data} />
          </TaxSection>
          <TaxSection
            id="proposal-months"
            heading={t("tax.budget.monthsHeading", { year: budget.data.budgetYear })}
          >
            <TaxTable
              label={t("tax.budget.monthsTable", { year: budget.data.budgetYear })}
              className="tax-narrow-table"
              columns={[
                t("tax.fundIncome.table.month"),
                { label: t("tax.budget.proposed"), numeric: true },
              ]}
              footer={
                <tr>
                  <th scope="row">{t("tax.fundIncome.table.total")}</th>
                  <td className="numeric numeric-column">
                    {formatFen(budget.data.proposal.totalFen)}
                  </td>
                </tr>
              }
            >
              {budget.data.proposal.months.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{month(row.month)}</th>
                  <td className="numeric numeric-column">{formatFen(row.fen)}</td>
                </tr>
              ))}
            </TaxTable>
          </TaxSection>
          <TaxSection
            id="actuals"
            heading={t("tax.budget.actualsHeading", { year: budget.data.baseYear })}
          >
            <FundIncomeTable
              caption={t("tax.budget.actualsHeading", { year: budget.data.baseYear })}
              months={budget.data.baseYearMonths}
              totals={[]}
            />
          </TaxSection>
        </>
      ) : null}
    </>
  );
}
