import { useQuery } from "@tanstack/react-query";
import { formatFen, mayPayFromAccount } from "@yibao/domain";
import { Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { BackLink } from "../layout/back-link";
import { BalanceTable } from "./balance-table";
import { outlookAnswer } from "./outlook-answer";
import { OutlookChart } from "./outlook-chart";

/**
 * "医保卡里的钱会不会用完？" (the FAQ's question): the answer in words, the figures behind it, and
 * a chart of the last 12 month-ends with the months ahead. Loaded only when opened: the chart
 * library is most of its weight.
 */
export function OutlookPage() {
  const { t } = useTranslation();
  const chartHeadingId = useId();
  useDocumentTitle(t("outlook.question"));
  const projection = useQuery(trpc.citizen.account.projection.queryOptions());
  const summary = useQuery(trpc.citizen.accountSummary.queryOptions());

  const data = projection.data;
  const answer = data ? outlookAnswer(t, data) : "";
  return (
    <>
      <PageHeading>{t("outlook.question")}</PageHeading>
      {projection.isPending ? <Loading /> : null}
      {projection.isError ? (
        <QueryError error={projection.error} onRetry={() => void projection.refetch()} />
      ) : null}
      {data ? (
        <>
          <p className="outlook-answer">{answer}</p>
          <dl className="facts">
            <div>
              <dt>{t("outlook.balance")}</dt>
              <dd>{formatFen(data.balanceFen)}</dd>
            </div>
            {data.outlook === "NO_SPENDING" ? null : (
              <div>
                <dt>
                  {t(data.outlook === "GROWING" ? "outlook.averageGrowth" : "outlook.averageNet")}
                </dt>
                <dd>{formatFen(Math.abs(data.averageMonthlyNetFen))}</dd>
              </div>
            )}
          </dl>
          {summary.data &&
          !mayPayFromAccount(summary.data.status, summary.data.sealedAccountMayPay) ? (
            <p className="notice notice-warning">{t("outlook.sealed")}</p>
          ) : null}
          <section aria-labelledby={chartHeadingId} className="section">
            <h2 id={chartHeadingId}>{t("outlook.chartHeading")}</h2>
            <OutlookChart
              history={data.history}
              projectedMonths={data.projectedMonths}
              projectedFen={data.projectedFen}
              label={t("outlook.chartLabel", {
                projected: data.projectedFen.length > 0 ? t("outlook.chartProjectedLabel") : "",
                answer,
              })}
            />
            <BalanceTable
              history={data.history}
              projectedMonths={data.projectedMonths}
              projectedFen={data.projectedFen}
            />
          </section>
          <p className="hint outlook-method">{t("outlook.method")}</p>
          <p className="notice">{t("outlook.reassurance")}</p>
        </>
      ) : null}
      <BackLink to="/balance">{t("account.backToBalance")}</BackLink>
    </>
  );
}
