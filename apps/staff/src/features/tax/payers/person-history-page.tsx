import { useQuery } from "@tanstack/react-query";
import { formatFen } from "@yibao/domain";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { trpc, trpcClient } from "../../../trpc";
import { DataTableRegion } from "../../tables/data-table-region";
import { OpenCaseDialog } from "../supervision/open-case-dialog";
import "../tax.css";
import { TaxDate } from "../tax-dates";
import { CancelRegistrationForm } from "./cancel-registration-form";
import { DoneNotice } from "./done-notice";
import { PayerCases } from "./payer-cases";
import { PayerCollections } from "./payer-collections";
import type { PayerHistory } from "./payer-history-types";
import { RegistrationEvents } from "./registration-events";

type Person = Extract<PayerHistory["payer"], { kind: "INDIVIDUAL" }>;

/**
 * A person's page as an individual payer: their registrations (flexible employment, the resident
 * scheme), the months they paid for themselves, the resident scheme's yearly payments with the
 * year covered and when cover starts, and their supervision cases. Reading it is audited.
 */
export function PersonHistoryPage() {
  const { t } = useTranslation();
  const { personId = "" } = useParams();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [openingCase, setOpeningCase] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const history = useQuery(trpc.staff.tax.payer.queryOptions({ personId }));
  const person: Person | null =
    history.data?.payer.kind === "INDIVIDUAL" ? history.data.payer : null;
  useDocumentTitle(person?.name ?? t("tax.payers.heading"));

  return (
    <>
      <p>
        <Link to="/payers?kind=individuals">{t("tax.payers.back")}</Link>
      </p>
      {history.isPending ? <Loading /> : null}
      {history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : null}
      {history.data && person ? (
        <>
          <PageHeading>{person.name}</PageHeading>
          <DoneNotice message={done} />
          <dl className="facts tax-facts">
            <div>
              <dt>{t("tax.payers.column.residentId")}</dt>
              <dd className="resident-id">{person.maskedResidentId}</dd>
            </div>
          </dl>
          <div className="button-row tax-actions">
            <Link to="/payers/register-individual" className="button">
              {t("tax.payers.registerIndividual")}
            </Link>
            <button
              type="button"
              className="button"
              onClick={() => {
                setDone(null);
                setOpeningCase(true);
              }}
            >
              {t("tax.supervision.openButton")}
            </button>
          </div>
          {openingCase ? (
            <OpenCaseDialog
              payer={{ personId }}
              payerName={person.name}
              ground="ARREARS"
              onClose={() => setOpeningCase(false)}
            />
          ) : null}

          <section className="section" aria-labelledby="registrations-heading">
            <h2 id="registrations-heading">{t("tax.history.registrations")}</h2>
            <Registrations
              registrations={person.registrations}
              cancelling={cancelling}
              onCancel={(id) => {
                setDone(null);
                setCancelling((open) => (open === id ? null : id));
              }}
            />
            {cancelling ? (
              <CancelRegistrationForm
                key={cancelling}
                warning={t("tax.history.cancelIndividualWarning")}
                cancel={(effectiveOn) =>
                  trpcClient.staff.tax.cancelIndividual.mutate({
                    individualPayerId: cancelling,
                    effectiveOn,
                  })
                }
                onDone={() => {
                  setCancelling(null);
                  setDone(t("tax.history.cancelled", { name: person.name }));
                }}
                onClose={() => setCancelling(null)}
              />
            ) : null}
          </section>
          <section className="section" aria-labelledby="collections-heading">
            <h2 id="collections-heading">{t("tax.history.collections")}</h2>
            <PayerCollections collections={history.data.collections} />
          </section>
          <section className="section" aria-labelledby="resident-heading">
            <h2 id="resident-heading">{t("tax.history.residentPayments")}</h2>
            <ResidentPayments payments={history.data.residentPayments} />
          </section>
          <section className="section" aria-labelledby="cases-heading">
            <h2 id="cases-heading">{t("tax.history.cases")}</h2>
            <PayerCases cases={history.data.cases} />
          </section>
          <section className="section" aria-labelledby="events-heading">
            <h2 id="events-heading">{t("tax.history.events")}</h2>
            <RegistrationEvents events={history.data.events} />
          </section>
        </>
      ) : null}
    </>
  );
}

function Registrations({
  registrations,
  cancelling,
  onCancel,
}: {
  registrations: Person["registrations"];
  cancelling: string | null;
  onCancel: (individualPayerId: string) => void;
}) {
  const { t } = useTranslation();
  if (registrations.length === 0) return <p className="muted">{t("tax.history.noEvents")}</p>;
  return (
    <DataTableRegion label={t("tax.history.registrationsTable")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("tax.history.registrationsTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tax.payers.column.scheme")}</th>
            <th scope="col">{t("tax.payers.column.status")}</th>
            <th scope="col">{t("tax.payers.column.registeredOn")}</th>
            <th scope="col">{t("tax.fields.cancelledOn.label")}</th>
            <th scope="col">{t("tax.history.column.action")}</th>
          </tr>
        </thead>
        <tbody>
          {registrations.map((row) => (
            <tr
              key={row.individualPayerId}
              data-inactive={row.status === "REGISTERED" ? undefined : "true"}
            >
              <th scope="row">{t(`tax.schemes.${row.scheme}`)}</th>
              <td>
                <span className="status-badge" data-status={row.status}>
                  {t(`tax.statuses.${row.status}`)}
                </span>
              </td>
              <td className="nowrap">{row.registeredOn}</td>
              <td className="nowrap">
                <TaxDate date={row.cancelledOn} />
              </td>
              <td>
                {row.status === "REGISTERED" ? (
                  <button
                    type="button"
                    className="button button-small"
                    aria-expanded={cancelling === row.individualPayerId}
                    onClick={() => onCancel(row.individualPayerId)}
                  >
                    {t("tax.history.cancel")}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataTableRegion>
  );
}

function ResidentPayments({ payments }: { payments: PayerHistory["residentPayments"] }) {
  const { t } = useTranslation();
  if (payments.length === 0) return <p className="muted">{t("tax.history.noResidentPayments")}</p>;
  return (
    <DataTableRegion label={t("tax.history.residentTable")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("tax.history.residentTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tax.history.column.coverYear")}</th>
            <th scope="col" className="numeric-column">
              {t("tax.history.column.amount")}
            </th>
            <th scope="col">{t("tax.history.column.paidAt")}</th>
            <th scope="col">{t("tax.history.column.coverStartsOn")}</th>
            <th scope="col">{t("tax.history.column.receiptNumber")}</th>
          </tr>
        </thead>
        <tbody>
          {payments.map((payment) => (
            <tr key={payment.receiptNumber}>
              <th scope="row">{t("tax.coverYear", { year: payment.coverYear })}</th>
              <td className="numeric numeric-column">{formatFen(payment.amountFen)}</td>
              <td className="nowrap">{formatDateTime(payment.paidAt)}</td>
              <td className="nowrap">{payment.coverStartsOn}</td>
              <td>
                <code>{payment.receiptNumber}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataTableRegion>
  );
}
