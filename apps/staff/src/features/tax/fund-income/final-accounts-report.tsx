import { useQuery } from "@tanstack/react-query";
import { chinaToday, formatFen } from "@yibao/domain";
import { serverNow } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../trpc";
import { QueryStatus } from "../query-status";
import { TaxSection } from "../tax-section";
import { TaxTable } from "../tax-table";
import { basisPointsWords } from "./basis-points-words";
import { FundIncomeChart } from "./fund-income-chart";
import { FundIncomeTable } from "./fund-income-table";
import { fundIncomeFigureNames } from "./fund-income-types";
import { useChosenYear } from "./use-chosen-year";
import { YearSelect } from "./year-select";

const shares = ["employee", "employer", "resident", "pooled"] as const;

/**
 * 决算: the fund's income for a closed year — each total against the year before, how what was
 * collected divides between the parts and the pooled fund, and the year month by month.
 */
export function FinalAccountsReport() {
  const { t } = useTranslation();
  const thisYear = Number(chinaToday(new Date(serverNow())).slice(0, 4));
  const years = Array.from({ length: 5 }, (_, back) => thisYear - 1 - back);
  const [year, chooseYear] = useChosenYear(years);
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
        onChange={chooseYear}
      />
      <QueryStatus query={accounts} />
      {accounts.data ? (
        <>
          <p role="status" className="tax-summary">
            {t("tax.finalAccounts.showing", { year: accounts.data.year, asOf: accounts.data.asOf })}
          </p>
          <TaxSection
            id="accounts-totals"
            heading={t("tax.finalAccounts.totalsHeading", { year: accounts.data.year })}
          >
            <TaxTable
              label={t("tax.finalAccounts.totalsHeading", { year: accounts.data.year })}
              columns={[
                t("tax.finalAccounts.item"),
                {
                  label: t("tax.finalAccounts.yearColumn", { year: accounts.data.year }),
                  numeric: true,
                },
                {
                  label: t("tax.finalAccounts.yearColumn", { year: accounts.data.year - 1 }),
                  numeric: true,
                },
                { label: t("tax.finalAccounts.change"), numeric: true },
              ]}
            >
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
            </TaxTable>
          </TaxSection>
          <TaxSection id="accounts-shares" heading={t("tax.finalAccounts.sharesHeading")}>
            <dl className="facts tax-facts">
              {shares.map((share) => (
                <div key={share}>
                  <dt>{t(`tax.finalAccounts.shares.${share}`)}</dt>
                  <dd className="numeric">{percent(accounts.data.sharesBasisPoints[share])}</dd>
                </div>
              ))}
            </dl>
          </TaxSection>
          <TaxSection id="accounts-chart" heading={t("tax.fundIncome.chart.heading")}>
            <FundIncomeChart months={accounts.data.months} />
          </TaxSection>
          <TaxSection id="accounts-months" heading={t("tax.fundIncome.table.heading")}>
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
          </TaxSection>
        </>
      ) : null}
    </>
  );
}
