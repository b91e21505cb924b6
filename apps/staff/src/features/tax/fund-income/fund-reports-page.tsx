import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import "../tax.css";
import { BudgetReport } from "./budget-report";
import { FinalAccountsReport } from "./final-accounts-report";
import { FundIncomeReport } from "./fund-income-report";

export const fundReports = ["income", "budget", "final-accounts"] as const;
export type FundReport = (typeof fundReports)[number];

const paths: Record<FundReport, string> = {
  income: "/fund-income",
  budget: "/fund-income/budget",
  "final-accounts": "/fund-income/final-accounts",
};

/**
 * The fund's income as the tax authority proposes and accounts for it (DOMAIN.md, "Legal
 * basis"): the income report, the budget proposal and the final accounts, one page each under
 * one heading. Loaded with Chart.js in its own chunk, on these pages only.
 */
export function FundReportsPage({ report }: { report: FundReport }) {
  const { t } = useTranslation();
  useDocumentTitle(t(`tax.fundReports.${report}`));

  return (
    <>
      <PageHeading>{t(`tax.fundReports.${report}`)}</PageHeading>
      <p className="tax-intro">{t(`tax.fundReports.intro.${report}`)}</p>
      <nav className="tax-tabs" aria-label={t("tax.fundReports.label")}>
        <ul>
          {fundReports.map((each) => (
            <li key={each}>
              <NavLink to={paths[each]} end>
                {t(`tax.fundReports.${each}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {report === "income" ? <FundIncomeReport /> : null}
      {report === "budget" ? <BudgetReport /> : null}
      {report === "final-accounts" ? <FinalAccountsReport /> : null}
    </>
  );
}
