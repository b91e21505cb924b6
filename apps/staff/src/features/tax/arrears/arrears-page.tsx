import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  addMonths,
  chinaToday,
  compareMonths,
  formatFen,
  isMonth,
  lateFeeBasisPointsPerDay,
  monthOf,
} from "@yibao/domain";
import { formatMonth, PageHeading, serverNow, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { trpc } from "../../../trpc";
import { QueryStatus } from "../query-status";
import "../tax.css";
import { ArrearsTable } from "./arrears-table";

/** The months an officer looks at arrears up to: last month (the latest due) and the 23 before. */
function dueMonths(lastMonth: string): string[] {
  return Array.from({ length: 24 }, (_, back) => addMonths(lastMonth, -back));
}

/**
 * 欠费: employers and individuals whose registered months have no collection, up to a month (last
 * month by default: this month's premium is not due yet), with the months owed, what was assessed,
 * who is affected and the late fee so far — shown, never charged here — and a case from a row.
 */
export function ArrearsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const lastMonth = addMonths(monthOf(chinaToday(new Date(serverNow()))), -1);
  const asked = params.get("month");
  const month = asked && isMonth(asked) && compareMonths(asked, lastMonth) <= 0 ? asked : lastMonth;
  const months = dueMonths(lastMonth);
  if (!months.includes(month)) months.push(month);
  const arrears = useQuery({
    ...trpc.staff.tax.arrears.queryOptions({ month }),
    placeholderData: keepPreviousData,
  });
  useDocumentTitle(t("tax.arrears.heading"));

  return (
    <>
      <PageHeading>{t("tax.arrears.heading")}</PageHeading>
      <p className="tax-intro">
        {t("tax.arrears.intro", { percent: (lateFeeBasisPointsPerDay / 100).toFixed(2) })}
      </p>
      <div className="filter-form">
        <div className="field">
          <label htmlFor="arrears-month" className="field-label">
            {t("tax.arrears.upTo")}
          </label>
          <select
            id="arrears-month"
            className="input"
            value={month}
            onChange={(event) =>
              setParams(event.target.value === lastMonth ? {} : { month: event.target.value })
            }
          >
            {months.map((each) => (
              <option key={each} value={each}>
                {formatMonth(each, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryStatus query={arrears} />
      {arrears.data ? (
        <>
          <p role="status" className="tax-summary">
            {arrears.data.totals.payers === 0
              ? t("tax.arrears.none", { month: formatMonth(arrears.data.month, i18n.language) })
              : t("tax.arrears.totals", {
                  month: formatMonth(arrears.data.month, i18n.language),
                  asOf: arrears.data.asOf,
                  payers: arrears.data.totals.payers,
                  people: arrears.data.totals.people,
                  assessed: formatFen(arrears.data.totals.assessedFen),
                  lateFee: formatFen(arrears.data.totals.lateFeeFen),
                })}
          </p>
          {arrears.data.payers.length > 0 ? <ArrearsTable arrears={arrears.data} /> : null}
        </>
      ) : null}
    </>
  );
}
