import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Loading, QueryError } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { trpc } from "../../../trpc";
import { SelectField } from "../../forms/select-field";
import { DataTableRegion } from "../../tables/data-table-region";
import { TaxDate, TaxMonth } from "../tax-dates";

const statuses = ["REGISTERED", "CANCELLED"] as const;

/** Individuals who pay for themselves: flexible employment and the resident scheme. */
export function IndividualsTable() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<(typeof statuses)[number] | "ALL">("ALL");
  const individuals = useQuery({
    ...trpc.staff.tax.individuals.queryOptions({ status }),
    placeholderData: keepPreviousData,
  });
  const rows = individuals.data?.items ?? [];

  return (
    <section className="section" aria-labelledby="individuals-heading">
      <h2 id="individuals-heading">{t("tax.payers.kinds.individuals")}</h2>
      <div className="filter-form">
        <SelectField
          name="status"
          label={t("tax.payers.status")}
          error={null}
          value={status === "ALL" ? "" : status}
          emptyOption={{ label: t("tax.payers.allStatuses"), selectable: true }}
          options={statuses.map((code) => ({ value: code, label: t(`tax.statuses.${code}`) }))}
          onChange={(event) =>
            setStatus((event.target.value || "ALL") as (typeof statuses)[number] | "ALL")
          }
        />
      </div>
      {individuals.isPending ? <Loading /> : null}
      {individuals.isError ? (
        <QueryError error={individuals.error} onRetry={() => void individuals.refetch()} />
      ) : null}
      {individuals.data && rows.length === 0 ? (
        <p className="empty-state">{t("tax.payers.noIndividuals")}</p>
      ) : null}
      {rows.length > 0 ? (
        <DataTableRegion label={t("tax.payers.individualsTable")}>
          <table className="data-table">
            <caption className="visually-hidden">{t("tax.payers.individualsTable")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tax.payers.column.name")}</th>
                <th scope="col">{t("tax.payers.column.residentId")}</th>
                <th scope="col">{t("tax.payers.column.scheme")}</th>
                <th scope="col">{t("tax.payers.column.status")}</th>
                <th scope="col">{t("tax.payers.column.registeredOn")}</th>
                <th scope="col">{t("tax.payers.column.lastPaid")}</th>
                <th scope="col">{t("tax.payers.column.open")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((payer) => (
                <tr
                  key={payer.individualPayerId}
                  data-inactive={payer.status === "REGISTERED" ? undefined : "true"}
                >
                  <th scope="row">{payer.name}</th>
                  <td className="resident-id nowrap">{payer.maskedResidentId}</td>
                  <td>{t(`tax.schemes.${payer.scheme}`)}</td>
                  <td>
                    <span className="status-badge" data-status={payer.status}>
                      {t(`tax.statuses.${payer.status}`)}
                    </span>
                  </td>
                  <td className="nowrap">
                    <TaxDate date={payer.registeredOn} />
                  </td>
                  <td className="nowrap">
                    {payer.scheme === "RESIDENT" ? (
                      payer.lastCoverYear === null ? (
                        t("tax.none")
                      ) : (
                        t("tax.coverYear", { year: payer.lastCoverYear })
                      )
                    ) : (
                      <TaxMonth month={payer.lastPaidMonth} />
                    )}
                  </td>
                  <td>
                    <Link
                      className="button button-small"
                      to={`/payers/people/${payer.personId}`}
                      aria-label={t("tax.payers.openPayer", { name: payer.name })}
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
