import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@yibao/api";
import { formatFen } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import { useTranslation } from "react-i18next";

type ContributionMonth =
  inferRouterOutputs<AppRouter>["citizen"]["account"]["contributions"]["months"][number];

interface ContributionMonthListProps {
  months: readonly ContributionMonth[];
  thisMonth: string;
}

/** One card a month, newest first: paid or not, the premium, the part credited, who paid it. */
export function ContributionMonthList({ months, thisMonth }: ContributionMonthListProps) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="contribution-months">
      {months.map((month) => (
        <li key={month.month} className="contribution-month" data-paid={month.paid}>
          <p className="contribution-month-heading">
            <span className="contribution-month-name">
              {formatMonth(month.month, i18n.language)}
            </span>
            <span className="badge" data-status={month.paid ? "PAID" : "UNPAID"}>
              {t(month.paid ? "contributions.paid" : "contributions.unpaid")}
            </span>
          </p>
          {month.paid ? (
            <dl className="facts">
              <div>
                <dt>{t("contributions.total")}</dt>
                <dd>{month.totalFen === null ? "—" : formatFen(month.totalFen)}</dd>
              </div>
              <div>
                <dt>{t("contributions.credited")}</dt>
                <dd>{month.creditedFen === null ? "—" : formatFen(month.creditedFen)}</dd>
              </div>
              <div>
                <dt>{t("contributions.employer")}</dt>
                <dd>
                  {month.employer
                    ? (month.employer.name ??
                      t("contributions.employerUnnamed", { creditCode: month.employer.creditCode }))
                    : t("contributions.selfPaid")}
                </dd>
              </div>
            </dl>
          ) : month.month === thisMonth ? (
            <p className="hint">{t("contributions.thisMonthHint")}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
