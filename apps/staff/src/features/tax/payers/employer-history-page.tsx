import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { trpcClient } from "../../../trpc";
import { OpenCaseDialog } from "../supervision/open-case-dialog";
import { TaxDate } from "../tax-dates";
import { TaxSection } from "../tax-section";
import { CancelRegistrationForm } from "./cancel-registration-form";
import { ChangeEmployerForm } from "./change-employer-form";
import { EmployeesSection } from "./employees-section";
import { PayerHistoryFrame } from "./payer-history-frame";
import { PayerRecords } from "./payer-records";
import { RegistrationStatusBadge } from "./registration-status-badge";

type Action = "change" | "cancel" | "case";

/**
 * An employer's page as a payer: its registration and what happened to it, the employees it pays
 * for, what was collected month by month and its supervision cases; changing or cancelling the
 * registration, a new employee or the end of one, and a new case. Reading it is audited.
 */
export function EmployerHistoryPage() {
  const { t } = useTranslation();
  const { employerId = "" } = useParams();
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const toggle = (chosen: Action) => {
    setDone(null);
    setAction((open) => (open === chosen ? null : chosen));
  };
  const finished = (message: string) => {
    setAction(null);
    setDone(message);
  };

  return (
    <PayerHistoryFrame request={{ employerId }} kind="EMPLOYER" backTo="/payers" done={done}>
      {(payer, history) => (
        <>
          <dl className="facts tax-facts">
            <div>
              <dt>{t("tax.fields.creditCode.label")}</dt>
              <dd>
                <code>{payer.creditCode}</code>
              </dd>
            </div>
            <div>
              <dt>{t("tax.fields.address.label")}</dt>
              <dd>{payer.address}</dd>
            </div>
            <div>
              <dt>{t("tax.payers.column.status")}</dt>
              <dd>
                <RegistrationStatusBadge status={payer.status} />
              </dd>
            </div>
            <div>
              <dt>{t("tax.payers.column.registeredOn")}</dt>
              <dd>
                <TaxDate date={payer.registeredOn} />
              </dd>
            </div>
            {payer.cancelledOn ? (
              <div>
                <dt>{t("tax.fields.cancelledOn.label")}</dt>
                <dd>{payer.cancelledOn}</dd>
              </div>
            ) : null}
            {payer.checkExceptionReason ? (
              <div>
                <dt>{t("tax.history.checkExceptionReason")}</dt>
                <dd>{payer.checkExceptionReason}</dd>
              </div>
            ) : null}
          </dl>

          <div className="button-row tax-actions">
            {payer.status === "REGISTERED" ? (
              <>
                <button
                  type="button"
                  className="button"
                  aria-expanded={action === "change"}
                  onClick={() => toggle("change")}
                >
                  {t("tax.history.change")}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-expanded={action === "cancel"}
                  onClick={() => toggle("cancel")}
                >
                  {t("tax.history.cancel")}
                </button>
              </>
            ) : (
              <Link
                to="/payers/register-employer"
                state={{
                  employer: {
                    creditCode: payer.creditCode,
                    name: payer.name,
                    address: payer.address,
                  },
                }}
                className="button button-primary"
              >
                {t("tax.payers.registerEmployer")}
              </Link>
            )}
            <button type="button" className="button" onClick={() => toggle("case")}>
              {t("tax.supervision.openButton")}
            </button>
          </div>
          {action === "change" ? (
            <ChangeEmployerForm
              employer={payer}
              onDone={() => finished(t("tax.history.changeSaved", { name: payer.name }))}
              onClose={() => setAction(null)}
            />
          ) : null}
          {action === "cancel" ? (
            <CancelRegistrationForm
              warning={t("tax.history.cancelEmployerWarning")}
              cancel={(effectiveOn) =>
                trpcClient.staff.tax.cancelEmployer.mutate({ employerId, effectiveOn })
              }
              onDone={() => finished(t("tax.history.cancelled", { name: payer.name }))}
              onClose={() => setAction(null)}
            />
          ) : null}
          {action === "case" ? (
            <OpenCaseDialog
              payer={{ employerId }}
              payerName={payer.name}
              ground="ARREARS"
              onClose={() => setAction(null)}
            />
          ) : null}

          <TaxSection id="employees" heading={t("tax.history.employees")}>
            <EmployeesSection
              employerId={employerId}
              employees={history.employees}
              registered={payer.status === "REGISTERED"}
              onDone={finished}
            />
          </TaxSection>
          <PayerRecords history={history} />
        </>
      )}
    </PayerHistoryFrame>
  );
}
