import { formatFen } from "@yibao/domain";
import { formatDateTime } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { trpcClient } from "../../../trpc";
import { OpenCaseDialog } from "../supervision/open-case-dialog";
import { TaxDate } from "../tax-dates";
import { TaxSection } from "../tax-section";
import { TaxTable } from "../tax-table";
import { CancelRegistrationForm } from "./cancel-registration-form";
import { PayerHistoryFrame } from "./payer-history-frame";
import type { PayerHistory } from "./payer-history-types";
import { PayerRecords } from "./payer-records";
import { RegistrationStatusBadge } from "./registration-status-badge";

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

  return (
    <PayerHistoryFrame
      request={{ personId }}
      kind="INDIVIDUAL"
      backTo="/payers?kind=individuals"
      done={done}
    >
      {(person, history) => (
        <>
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

          <TaxSection id="registrations" heading={t("tax.history.registrations")}>
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
          </TaxSection>
          <PayerRecords
            history={history}
            afterCollections={
              <TaxSection id="resident" heading={t("tax.history.residentPayments")}>
                <ResidentPayments payments={history.residentPayments} />
              </TaxSection>
            }
          />
        </>
      )}
    </PayerHistoryFrame>
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
    <TaxTable
      label={t("tax.history.registrationsTable")}
      columns={[
        t("tax.payers.column.scheme"),
        t("tax.payers.column.status"),
        t("tax.payers.column.registeredOn"),
        t("tax.fields.cancelledOn.label"),
        t("tax.history.column.action"),
      ]}
    >
      {registrations.map((row) => (
        <tr
          key={row.individualPayerId}
          data-inactive={row.status === "REGISTERED" ? undefined : "true"}
        >
          <th scope="row">{t(`tax.schemes.${row.scheme}`)}</th>
          <td>
            <RegistrationStatusBadge status={row.status} />
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
    </TaxTable>
  );
}

function ResidentPayments({ payments }: { payments: PayerHistory["residentPayments"] }) {
  const { t } = useTranslation();
  if (payments.length === 0) return <p className="muted">{t("tax.history.noResidentPayments")}</p>;
  return (
    <TaxTable
      label={t("tax.history.residentTable")}
      columns={[
        t("tax.history.column.coverYear"),
        { label: t("tax.history.column.amount"), numeric: true },
        t("tax.history.column.paidAt"),
        t("tax.history.column.coverStartsOn"),
        t("tax.history.column.receiptNumber"),
      ]}
    >
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
    </TaxTable>
  );
}
