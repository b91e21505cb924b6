import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Loading, QueryError } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouterInputs } from "../../../api-types";
import { trpc } from "../../../trpc";
import { SelectField } from "../../forms/select-field";
import { DataTableRegion } from "../../tables/data-table-region";
import { registrationStatuses } from "../registration-statuses";
import { TaxDate, TaxMonth } from "../tax-dates";

type Status = Exclude<RouterInputs["staff"]["tax"]["employers"], void>["status"];

/** The county's employers as payers: registered, cancelled, or known only from card batches. */
export function EmployersTable() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<NonNullable<Status>>("ALL");
  const [search, setSearch] = useState("");
  const employers = useQuery({
    ...trpc.staff.tax.employers.queryOptions({ status, ...(search ? { search } : {}) }),
    placeholderData: keepPreviousData,
  });

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get("search");
    setSearch(typeof typed === "string" ? typed.trim() : "");
  }

  const rows = employers.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="employers-heading">
      <h2 id="employers-heading">{t("tax.payers.kinds.employers")}</h2>
      <form className="filter-form" onSubmit={onSearch}>
        <SelectField
          name="status"
          label={t("tax.payers.status")}
          error={null}
          value={status === "ALL" ? "" : status}
          emptyOption={{ label: t("tax.payers.allStatuses"), selectable: true }}
          options={registrationStatuses.map((code) => ({
            value: code,
            label: t(`tax.statuses.${code}`),
          }))}
          onChange={(event) => setStatus((event.target.value || "ALL") as NonNullable<Status>)}
        />
        <div className="field">
          <label htmlFor="employer-search" className="field-label">
            {t("tax.payers.search")}
          </label>
          <div className="field-control">
            <input id="employer-search" name="search" className="input" maxLength={64} />
            <button type="submit" className="button">
              {t("tax.payers.searchButton")}
            </button>
          </div>
        </div>
      </form>
      {employers.isPending ? <Loading /> : null}
      {employers.isError ? (
        <QueryError error={employers.error} onRetry={() => void employers.refetch()} />
      ) : null}
      {employers.data && rows.length === 0 ? (
        <p className="empty-state">{t("tax.payers.noEmployers")}</p>
      ) : null}
      {rows.length > 0 ? (
        <DataTableRegion label={t("tax.payers.employersTable")}>
          <table className="data-table">
            <caption className="visually-hidden">{t("tax.payers.employersTable")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tax.payers.column.employer")}</th>
                <th scope="col">{t("tax.fields.creditCode.label")}</th>
                <th scope="col">{t("tax.payers.column.status")}</th>
                <th scope="col">{t("tax.payers.column.registeredOn")}</th>
                <th scope="col" className="numeric-column">
                  {t("tax.payers.column.employees")}
                </th>
                <th scope="col">{t("tax.payers.column.lastPaidMonth")}</th>
                <th scope="col">{t("tax.payers.column.open")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((employer) => (
                <tr
                  key={employer.employerId}
                  data-inactive={employer.status === "REGISTERED" ? undefined : "true"}
                >
                  <th scope="row">{employer.name}</th>
                  <td className="nowrap">
                    <code>{employer.creditCode}</code>
                  </td>
                  <td>
                    <span className="status-badge" data-status={employer.status}>
                      {t(`tax.statuses.${employer.status}`)}
                    </span>
                  </td>
                  <td className="nowrap">
                    <TaxDate date={employer.registeredOn} />
                  </td>
                  <td className="numeric-column">{employer.employees}</td>
                  <td className="nowrap">
                    <TaxMonth month={employer.lastPaidMonth} />
                  </td>
                  <td>
                    <Link
                      className="button button-small"
                      to={`/payers/employers/${employer.employerId}`}
                      aria-label={t("tax.payers.openPayer", { name: employer.name })}
                    >
                      {t("tax.payers.open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </DataTableRegion>
      ) : null}
    </section>
  );
}
