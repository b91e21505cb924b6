import { useQuery } from "@tanstack/react-query";
import { chinaToday, formatFen } from "@yibao/domain";
import { Loading, QueryError, serverNow } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { trpc } from "../../../trpc";
import { DataTableRegion } from "../../tables/data-table-region";
import { basisPointsWords } from "./basis-points-words";
import { FundIncomeChart } from "./fund-income-chart";
import { FundIncomeTable } from "./fund-income-table";
import { fundIncomeFigureNames } from "./fund-income-types";
import { YearSelect } from "./year-select";

const shares = ["employee", "employer", "resident", "pooled"] as const;

/**
 * 决算: the fund's income for a closed year — each total against the year before, how what was
 * collected divides between the parts and the pooled fund, and the year month by month.
 */
export function FinalAccountsReport() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(chinaToday(new Date(serverNow())).slice(0, 4));
  const years = Array.from({ length: 5 }, (_, back) => thisYear - 1 - back);
  const asked = Number(params.get("year"));
  const year = years.includes(asked) ? asked : thisYear - 1;
  const accounts = useQuery(trpc.staff.tax.finalAccounts.queryOptions({ year }));
  const percent = (basisPoints: number | null, signed = false) =>
    basisPoints === null ? t("tax.none") : basisPointsWords(basisPoints, { signed });

  return (
    <>
      <YearSelect
        label={t("tax.finalAccounts.year")}
        years={years}
        value={year}
        wording={(each) => t("tax.finalAccounts.yearOption", { year: each })}
        onChange={(each) => setParams(each === thisYear - 1 ? {} : { year: String(each) })}
      />
      {accounts.isPending ? <Loading /> : null}
      {accounts.isError ? (
        <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : null}
      {accounts.data ? (
        <>
          <p role="status" className="tax-summary">
            {t("tax.finalAccounts.showing", { year: accounts.data.year, asOf: accounts.data.asOf })}
          </p>
          <section className="section" aria-labelledby="accounts-totals-heading">
            <h2 id="accounts-totals-heading">
              {t("tax.finalAccounts.totalsHeading", { year: accounts.data.year })}
            </h2>
            <DataTableRegion
              label={t("tax.finalAccounts.totalsHeading", { year: accounts.data.year })}
            >
              <table className="data-table">
                <caption className="visually-hidden">
                  {t("tax.finalAccounts.totalsHeading", { year: accounts.data.year })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("tax.finalAccounts.item")}</th>
                    <th scope="col" className="numeric-column">
                      {t("tax.finalAccounts.yearColumn", { year: accounts.data.year })}
                    </th>
                    <th scope="col" className="numeric-column">
                      {t("tax.finalAccounts.yearColumn", { year: accounts.data.year - 1 })}
                    </th>
                    <th scope="col" className="numeric-column">
                      {t("tax.finalAccounts.change")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {fundIncomeFigureNames.map((name) => (
                    <tr key={name}>
                      <th scope="row">{t(`tax.fundIncome.figures.${name}`)}</th>
                      <td className="numeric numeric-column">
                        {formatFen(accounts.data.totals[name])}
                      </td>
                      <td className="numeric numeric-column">
                        {formatFen(accounts.data.previousYearTotals[name])}
                      </td>
                      <td className="numeric numeric-column">
                        {percent(accounts.data.changeBasisPoints[name] ?? null, true)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </DataTableRegion>
          </section>
          <section className="section" aria-labelledby="accounts-shares-heading">
            <h2 id="accounts-shares-heading">{t("tax.finalAccounts.sharesHeading")}</h2>
            <dl className="facts tax-facts">
              {shares.map((share) => (
                <div key={share}>
                  <dt>{t(`tax.finalAccounts.shares.${share}`)}</dt>
                  <dd className="numeric">{percent(accounts.data.sharesBasisPoints[share])}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="section" aria-labelledby="accounts-chart-heading">
            <h2 id="accounts-chart-heading">{t("tax.fundIncome.chart.heading")}</h2>
            <FundIncomeChart months={accounts.data.months} />
          </section>
          <section className="section" aria-labelledby="accounts-months-heading">
            <h2 id="accounts-months-heading">{t("tax.fundIncome.table.heading")}</h2>
            <FundIncomeTable
              caption={t("tax.finalAccounts.monthsCaption", { year: accounts.data.year })}
              months={accounts.data.months}
              totals={[
                {
                  label: t("tax.fundIncome.table.yearTotal", { year: accounts.data.year }),
                  totals: accounts.data.totals,
                },
              ]}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
