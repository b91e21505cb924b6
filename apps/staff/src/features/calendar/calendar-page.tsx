import { useQuery } from "@tanstack/react-query";
import { chinaToday, hasPermission } from "@yibao/domain";
import { Loading, PageHeading, QueryError, serverNow, useDocumentTitle } from "@yibao/ui";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { useStaffSession } from "../session/use-staff-session";
import { CalendarDayTable } from "./calendar-day-table";
import { calendarRowsOf } from "./calendar-rows";
import { CalendarYearForm } from "./calendar-year-form";

/**
 * 工作日历: a year's holidays and make-up working days. Administrators enter or correct a year
 * (typed, or imported from a CSV file); every other role reads it.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const yearSelectId = useId();
  const idPrefix = useId();
  const status = useQuery(trpc.staff.calendar.status.queryOptions());
  const thisYear = Number(chinaToday(new Date(serverNow())).slice(0, 4));
  const canManage = session !== null && hasPermission(session.role, "calendar:manage");
  const [chosen, setChosen] = useState<number | null>(null);
  // An administrator starts at the year owed, as it was on arrival (saving it must not move the
  // page to another year); everyone else at the year in progress.
  const firstYear = useRef<number | null>(null);
  if (firstYear.current === null && status.data) {
    firstYear.current = (canManage ? status.data.missingYear : null) ?? thisYear;
  }
  const year = chosen ?? firstYear.current ?? thisYear;
  const calendar = useQuery({
    ...trpc.staff.calendar.get.queryOptions({ year }),
    enabled: firstYear.current !== null,
  });
  useDocumentTitle(t("calendar.heading"));

  const entered = new Set(status.data?.years.map((entry) => entry.year) ?? []);
  const years = [...new Set([...entered, thisYear, thisYear + 1, year])].sort((a, b) => a - b);

  return (
    <>
      <PageHeading>{t("calendar.heading")}</PageHeading>
      <p>{t("calendar.intro")}</p>
      {canManage ? null : <p className="muted">{t("calendar.readOnly")}</p>}
      <div className="field narrow-form">
        <label htmlFor={yearSelectId} className="field-label">
          {t("calendar.year")}
        </label>
        <select
          id={yearSelectId}
          className="input"
          value={year}
          onChange={(event) => setChosen(Number(event.currentTarget.value))}
        >
          {years.map((option) => (
            <option key={option} value={option}>
              {t(entered.has(option) ? "calendar.yearEntered" : "calendar.yearOption", {
                year: option,
              })}
            </option>
          ))}
        </select>
      </div>
      {status.isError ? (
        <QueryError error={status.error} onRetry={() => void status.refetch()} />
      ) : null}
      {status.isPending || calendar.isLoading ? <Loading /> : null}
      {calendar.isError ? (
        <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : null}
      {calendar.data ? (
        <>
          <p className={calendar.data.entered ? "notice" : "notice notice-warning"}>
            {t(calendar.data.entered ? "calendar.entered" : "calendar.notEntered", { year })}
          </p>
          {canManage ? (
            <CalendarYearForm key={year} calendar={calendar.data} />
          ) : (
            <>
              {calendar.data.entered ? (
                <dl className="facts">
                  <div>
                    <dt>{t("calendar.notice.label")}</dt>
                    <dd>{calendar.data.notice}</dd>
                  </div>
                </dl>
              ) : null}
              <CalendarDayTable
                list="holidays"
                rows={calendarRowsOf(calendar.data.holidays)}
                problems={{}}
                idPrefix={idPrefix}
              />
              <CalendarDayTable
                list="makeUpWorkdays"
                rows={calendarRowsOf(calendar.data.makeUpWorkdays)}
                problems={{}}
                idPrefix={idPrefix}
              />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
