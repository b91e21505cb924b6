import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterInputs } from "../../../api-types";
import { trpc } from "../../../trpc";
import { ListTable } from "../list-table";
import { registrationStatuses } from "../registration-statuses";
import { TaxDate, TaxMonth } from "../tax-dates";
import { TaxSection } from "../tax-section";
import { OpenPayerLink } from "./open-payer-link";
import { RegistrationStatusBadge } from "./registration-status-badge";
import { RegistrationStatusFilter } from "./registration-status-filter";

type Status = NonNullable<Exclude<RouterInputs["staff"]["tax"]["employers"], void>["status"]>;

/** The county's employers as payers: registered, cancelled, or known only from card batches. */
export function EmployersTable() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>("ALL");
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

  return (
    <TaxSection id="employers" heading={t("tax.payers.kinds.employers")}>
      <form className="filter-form" onSubmit={onSearch}>
        <RegistrationStatusFilter
          statuses={registrationStatuses}
          value={status}
          onChange={setStatus}
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
      <ListTable
        list={employers}
        empty={t("tax.payers.noEmployers")}
        label={t("tax.payers.employersTable")}
        columns={[
          t("tax.payers.column.employer"),
          t("tax.fields.creditCode.label"),
          t("tax.payers.column.status"),
          t("tax.payers.column.registeredOn"),
          { label: t("tax.payers.column.employees"), numeric: true },
          t("tax.payers.column.lastPaidMonth"),
          t("tax.payers.column.open"),
        ]}
      >
        {(employer) => (
          <tr
            key={employer.employerId}
            data-inactive={employer.status === "REGISTERED" ? undefined : "true"}
          >
            <th scope="row">{employer.name}</th>
            <td className="nowrap">
              <code>{employer.creditCode}</code>
            </td>
            <td>
              <RegistrationStatusBadge status={employer.status} />
            </td>
            <td className="nowrap">
              <TaxDate date={employer.registeredOn} />
            </td>
            <td className="numeric-column">{employer.employees}</td>
            <td className="nowrap">
              <TaxMonth month={employer.lastPaidMonth} />
            </td>
            <td>
              <OpenPayerLink to={`/payers/employers/${employer.employerId}`} name={employer.name} />
            </td>
          </tr>
        )}
      </ListTable>
    </TaxSection>
  );
}
