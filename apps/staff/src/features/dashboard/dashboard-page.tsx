import { useMutation, useQuery } from "@tanstack/react-query";
import { chinaToday, roleScope } from "@yibao/domain";
import { Loading, PageHeading, QueryError, serverNow, useDocumentTitle } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { trpc } from "../../trpc";
import { FormError } from "../errors/form-error";
import { RatingsPanel } from "../follow-ups/ratings-panel";
import { useStaffSession } from "../session/use-staff-session";
import "./dashboard.css";
import { periodOf } from "./dashboard-period";
import { exportSlaWorkbook } from "./export-sla-workbook";
import { PeriodForm } from "./period-form";
import { SlaChart } from "./sla-chart";
import { SlaTable } from "./sla-table";

/**
 * 办理时效: the SLA figures of the reader's scope for a month or a range, as a chart and the same
 * numbers as a table, with the export and what each figure counts. The period and the service
 * point are in the address, so that a link shows the same figures.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const [params, setParams] = useSearchParams();
  const tableHeadingId = useId();
  const chartHeadingId = useId();
  const definitionsId = useId();
  useDocumentTitle(t("dashboard.heading"));
  const thisMonth = chinaToday(new Date(serverNow())).slice(0, 7);
  const period = periodOf(params, thisMonth);
  const county = session ? roleScope[session.role] === "COUNTY" : false;
  const servicePointCode = county ? (params.get("point") ?? "") : "";
  const range = { from: period.from, to: period.to };
  const figures = useQuery(
    trpc.staff.dashboard.sla.queryOptions({
      ...range,
      ...(servicePointCode ? { servicePointCode } : {}),
    }),
  );
  const exported = useMutation({
    mutationFn: () => exportSlaWorkbook(figures.data ?? [], range),
  });

  function update(change: Record<string, string | null>) {
    exported.reset();
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(change)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  }

  return (
    <>
      <PageHeading>{t("dashboard.heading")}</PageHeading>
      <p className="dashboard-intro">
        {t("dashboard.intro")}{" "}
        <a href={`#${definitionsId}`}>{t("dashboard.definitions.heading")}</a>
      </p>
      <PeriodForm
        key={`${period.from}|${period.to}`}
        period={period}
        thisMonth={thisMonth}
        county={county}
        servicePointCode={servicePointCode}
        onPeriod={(chosen) =>
          update(
            "month" in chosen
              ? { month: chosen.month, from: null, to: null }
              : { month: null, from: chosen.from, to: chosen.to },
          )
        }
        onServicePoint={(code) => update({ point: code || null })}
      />
      <p className="dashboard-showing" role="status">
        {t("dashboard.period.showing", range)}
      </p>

      {figures.isPending ? <Loading /> : null}
      {figures.isError ? (
        <QueryError error={figures.error} onRetry={() => void figures.refetch()} />
      ) : null}
      {figures.data ? (
        <>
          <section className="section" aria-labelledby={chartHeadingId}>
            <h2 id={chartHeadingId}>{t("dashboard.chart.heading")}</h2>
            <SlaChart rows={figures.data} />
          </section>
          <section className="section" aria-labelledby={tableHeadingId}>
            <div className="section-heading">
              <h2 id={tableHeadingId}>{t("dashboard.table.heading")}</h2>
              <div className="export-audit">
                <button
                  type="button"
                  className="button"
                  disabled={exported.isPending || figures.data.length === 0}
                  aria-busy={exported.isPending}
                  onClick={() => exported.mutate()}
                >
                  {exported.isPending
                    ? t("dashboard.export.exporting")
                    : t("dashboard.export.button")}
                </button>
                <FormError message={exported.isError ? t("dashboard.export.failed") : null} />
                <p role="status" className="hint">
                  {exported.data ? t("dashboard.export.done", { fileName: exported.data }) : null}
                </p>
              </div>
            </div>
            <SlaTable rows={figures.data} range={range} />
            {figures.data.some((row) => row.medianWorkingDays === null) ? (
              <p className="hint">{t("dashboard.table.noneHint")}</p>
            ) : null}
          </section>
        </>
      ) : null}

      <section className="section dashboard-definitions" aria-labelledby={definitionsId}>
        <h2 id={definitionsId} tabIndex={-1}>
          {t("dashboard.definitions.heading")}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t("dashboard.figures.submitted")}</dt>
            <dd>{t("dashboard.definitions.submitted")}</dd>
          </div>
          <div>
            <dt>
              {t("dashboard.figures.readyOnTime")} / {t("dashboard.figures.readyLate")}
            </dt>
            <dd>{t("dashboard.definitions.readyOnTime")}</dd>
          </div>
          <div>
            <dt>
              {t("dashboard.figures.overdueNow")} / {t("dashboard.figures.dueToday")}
            </dt>
            <dd>{t("dashboard.definitions.overdueNow")}</dd>
          </div>
          <div>
            <dt>
              {t("dashboard.figures.medianWorkingDays")} / {t("dashboard.figures.p90WorkingDays")}
            </dt>
            <dd>{t("dashboard.definitions.workingDays")}</dd>
          </div>
        </dl>
      </section>

      <RatingsPanel {...range} {...(servicePointCode ? { servicePointCode } : {})} />
    </>
  );
}
