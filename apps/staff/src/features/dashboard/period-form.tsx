import { useQuery } from "@tanstack/react-query";
import { slaRangeSchema } from "@yibao/domain";
import { formatMonth, TextField } from "@yibao/ui";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { type DashboardPeriod, recentMonths } from "./dashboard-period";

const custom = "custom";

interface PeriodFormProps {
  period: DashboardPeriod;
  thisMonth: string;
  /** Whether the reader's scope is the county: then a service point (or all) is chosen too. */
  county: boolean;
  servicePointCode: string;
  onPeriod: (period: { month: string } | { from: string; to: string }) => void;
  onServicePoint: (code: string) => void;
}

/**
 * What the dashboard counts: a month (this one by default) or a custom range, and for county
 * roles the service point. A month or a point applies at once; a custom range on 查询, after the
 * same check the API makes.
 */
export function PeriodForm(props: PeriodFormProps) {
  const { period, thisMonth, county, servicePointCode, onPeriod, onServicePoint } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const [customOpen, setCustomOpen] = useState(period.kind === "custom");
  const [error, setError] = useState<string | null>(null);
  const points = useQuery({ ...trpc.staff.servicePoints.list.queryOptions(), enabled: county });
  const months = recentMonths(thisMonth);
  // A month further back than the list (from the address) is still shown as chosen.
  if (period.kind === "month" && !months.includes(period.month)) months.push(period.month);

  function applyCustom(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const range = slaRangeSchema.safeParse({ from: data.get("from"), to: data.get("to") });
    if (!range.success) {
      const code = range.error.issues[0]?.message ?? "ISO_DATE_FORMAT";
      setError(t([`dashboard.period.issues.${code}`, "dashboard.period.issues.ISO_DATE_FORMAT"]));
      return;
    }
    setError(null);
    onPeriod(range.data);
  }

  return (
    <form className="filter-form period-form" onSubmit={applyCustom} noValidate>
      <p className="filter-intro visually-hidden">{t("dashboard.period.legend")}</p>
      <div className="field">
        <label htmlFor={`${id}-month`} className="field-label">
          {t("dashboard.period.month")}
        </label>
        <select
          id={`${id}-month`}
          className="input"
          value={customOpen ? custom : period.kind === "month" ? period.month : custom}
          onChange={(event) => {
            const value = event.target.value;
            if (value === custom) {
              setCustomOpen(true);
              return;
            }
            setCustomOpen(false);
            setError(null);
            onPeriod({ month: value });
          }}
        >
          {months.map((month) => (
            <option key={month} value={month}>
              {formatMonth(month, i18n.language)}
            </option>
          ))}
          <option value={custom}>{t("dashboard.period.custom")}</option>
        </select>
      </div>
      {customOpen ? (
        <>
          <TextField
            name="from"
            type="date"
            label={t("dashboard.period.from")}
            error={error}
            defaultValue={period.from}
          />
          <TextField
            name="to"
            type="date"
            label={t("dashboard.period.to")}
            error={null}
            defaultValue={period.to}
          />
          <div className="field">
            <button type="submit" className="button button-primary">
              {t("dashboard.period.show")}
            </button>
          </div>
        </>
      ) : null}
      {county ? (
        <div className="field">
          <label htmlFor={`${id}-point`} className="field-label">
            {t("dashboard.period.servicePoint")}
          </label>
          <select
            id={`${id}-point`}
            className="input"
            value={servicePointCode}
            onChange={(event) => onServicePoint(event.target.value)}
          >
            <option value="">{t("dashboard.period.allServicePoints")}</option>
            {(points.data ?? []).map((point) => (
              <option key={point.code} value={point.code}>
                {point.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </form>
  );
}
