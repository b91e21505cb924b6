import { useMutation, useQuery } from "@tanstack/react-query";
import { Loading, QueryError } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { FormError } from "../errors/form-error";
import { DataTableRegion } from "../tables/data-table-region";
import { exportRatingsWorkbook } from "./export-ratings-workbook";
import "./follow-ups.css";
import { followUpFigureNames, type RatingsSummary } from "./ratings-sheet";

type Figures = RatingsSummary["total"];

/** The ratings (好差评) of a period on the dashboard: figures, follow-ups and the export. */
export function RatingsPanel({
  from,
  to,
  servicePointCode,
}: {
  from: string;
  to: string;
  servicePointCode?: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const range = { from, to };
  const summary = useQuery(
    trpc.staff.followUps.ratings.queryOptions({
      ...range,
      ...(servicePointCode ? { servicePointCode } : {}),
    }),
  );
  const exported = useMutation({
    mutationFn: (data: RatingsSummary) => exportRatingsWorkbook(data, range),
  });
  const caption = t("followUps.panel.caption", range);

  const cells = (figures: Figures) => (
    <>
      <td className="numeric numeric-column">{figures.count}</td>
      <td className="numeric numeric-column">
        {figures.averageOverall === null
          ? t("followUps.panel.noAverage")
          : figures.averageOverall.toFixed(1)}
      </td>
      {figures.perScore.map((count, index) => (
        <td key={index} className="numeric numeric-column">
          {count}
        </td>
      ))}
      {followUpFigureNames.map((name) => (
        <td
          key={name}
          className="numeric numeric-column"
          data-alert={name === "followUpsOverdue" && figures[name] > 0 ? "true" : undefined}
        >
          {figures[name]}
        </td>
      ))}
    </>
  );

  return (
    <section className="section ratings-panel" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{t("followUps.panel.heading")}</h2>
        {summary.data ? (
          <div className="export-audit">
            <button
              type="button"
              className="button"
              disabled={exported.isPending}
              aria-busy={exported.isPending}
              onClick={() => summary.data && exported.mutate(summary.data)}
            >
              {exported.isPending ? t("followUps.panel.exporting") : t("followUps.panel.export")}
            </button>
            <FormError message={exported.isError ? t("followUps.panel.exportFailed") : null} />
            <p role="status" className="hint">
              {exported.data ? t("followUps.panel.exported", { fileName: exported.data }) : null}
            </p>
          </div>
        ) : null}
      </div>
      <p className="hint">{t("followUps.panel.intro", range)}</p>
      {summary.isPending ? <Loading /> : null}
      {summary.isError ? (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : null}
      {summary.data ? (
        <DataTableRegion label={caption}>
          <table className="data-table ratings-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("followUps.panel.servicePoint")}</th>
                <th scope="col" className="numeric-column">
                  {t("followUps.panel.count")}
                </th>
                <th scope="col" className="numeric-column">
                  {t("followUps.panel.averageOverall")}
                </th>
                {[1, 2, 3, 4, 5].map((score) => (
                  <th key={score} scope="col" className="numeric-column">
                    {t("followUps.panel.perScore", { score })}
                  </th>
                ))}
                {followUpFigureNames.map((name) => (
                  <th key={name} scope="col" className="numeric-column">
                    {t(`followUps.panel.${name}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.data.servicePoints.map((point) => (
                <tr key={point.code}>
                  <th scope="row">{point.name}</th>
                  {cells(point)}
                </tr>
              ))}
            </tbody>
            {summary.data.servicePoints.length > 1 ? (
              <tfoot>
                <tr>
                  <th scope="row">{t("followUps.panel.total")}</th>
                  {cells(summary.data.total)}
                </tr>
              </tfoot>
            ) : null}
          </table>
        </DataTableRegion>
      ) : null}
    </section>
  );
}
