import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../trpc";
import { ListTable } from "../list-table";
import { TaxDate, TaxMonth } from "../tax-dates";
import { TaxSection } from "../tax-section";
import { OpenPayerLink } from "./open-payer-link";
import { RegistrationStatusBadge } from "./registration-status-badge";
import { RegistrationStatusFilter } from "./registration-status-filter";

const statuses = ["REGISTERED", "CANCELLED"] as const;

/** Individuals who pay for themselves: flexible employment and the resident scheme. */
export function IndividualsTable() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<(typeof statuses)[number] | "ALL">("ALL");
  const individuals = useQuery({
    ...trpc.staff.tax.individuals.queryOptions({ status }),
    placeholderData: keepPreviousData,
  });

  return (
    <TaxSection id="individuals" heading={t("tax.payers.kinds.individuals")}>
      <div className="filter-form">
        <RegistrationStatusFilter statuses={statuses} value={status} onChange={setStatus} />
      </div>
      <ListTable
        list={individuals}
        empty={t("tax.payers.noIndividuals")}
        label={t("tax.payers.individualsTable")}
        columns={[
          t("tax.payers.column.name"),
          t("tax.payers.column.residentId"),
          t("tax.payers.column.scheme"),
          t("tax.payers.column.status"),
          t("tax.payers.column.registeredOn"),
          t("tax.payers.column.lastPaid"),
          t("tax.payers.column.open"),
        ]}
      >
        {(payer) => (
          <tr
            key={payer.individualPayerId}
            data-inactive={payer.status === "REGISTERED" ? undefined : "true"}
          >
            <th scope="row">{payer.name}</th>
            <td className="resident-id nowrap">{payer.maskedResidentId}</td>
            <td>{t(`tax.schemes.${payer.scheme}`)}</td>
            <td>
              <RegistrationStatusBadge status={payer.status} />
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
              <OpenPayerLink to={`/payers/people/${payer.personId}`} name={payer.name} />
            </td>
          </tr>
        )}
      </ListTable>
    </TaxSection>
  );
}
