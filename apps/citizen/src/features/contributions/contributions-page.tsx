import { useQuery } from "@tanstack/react-query";
import { formatFen } from "@yibao/domain";
import { Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { trpc } from "../../trpc";
import { thisMonth } from "../account/this-month";
import { useWording } from "../elder-mode/use-wording";
import { BackLink } from "../layout/back-link";
import { ContributionMonthList } from "./contribution-month-list";

function yearOf(params: URLSearchParams): number | undefined {
  const year = Number(params.get("year"));
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined;
}

/** 缴费记录: month by month for one year, what was paid, by whom, and what reached the account. */
export function ContributionsPage() {
  const { t } = useTranslation();
  const w = useWording();
  const yearsId = useId();
  useDocumentTitle(w("pages.contributions"));
  const [params] = useSearchParams();
  const year = yearOf(params);
  const contributions = useQuery(
    trpc.citizen.account.contributions.queryOptions(year === undefined ? {} : { year }),
  );

  return (
    <>
      <PageHeading>{w("pages.contributions")}</PageHeading>
      <p>{w("contributions.intro")}</p>
      {contributions.isPending ? <Loading /> : null}
      {contributions.isError ? (
        <QueryError error={contributions.error} onRetry={() => void contributions.refetch()} />
      ) : null}
      {contributions.data ? (
        <>
          {contributions.data.years.length > 1 ? (
            <nav aria-labelledby={yearsId} className="year-switch">
              <p id={yearsId} className="field-label">
                {t("contributions.years")}
              </p>
              <ul>
                {contributions.data.years.map((option) => (
                  <li key={option}>
                    {/* The year is in the address: Back returns to the year seen before. */}
                    <Link
                      to={`/contributions?year=${option}`}
                      className="button"
                      aria-current={option === contributions.data.year ? "page" : undefined}
                    >
                      {t("contributions.year", { year: option })}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <YearSummary year={contributions.data.year} months={contributions.data.months} />
          {contributions.data.months.length === 0 ? (
            <p className="empty">{t("contributions.empty")}</p>
          ) : (
            <ContributionMonthList months={contributions.data.months} thisMonth={thisMonth()} />
          )}
        </>
      ) : null}
      <BackLink to="/balance">{t("account.backToBalance")}</BackLink>
    </>
  );
}

function YearSummary({
  year,
  months,
}: {
  year: number;
  months: readonly { paid: boolean; creditedFen: number | null }[];
}) {
  const { t } = useTranslation();
  const paid = months.filter((month) => month.paid);
  const credited = paid.reduce((sum, month) => sum + (month.creditedFen ?? 0), 0);
  return (
    <p className="year-summary" role="status">
      {paid.length === 0
        ? t("contributions.summaryNone", { year })
        : t("contributions.summary", { year, paid: paid.length, credited: formatFen(credited) })}
    </p>
  );
}
