import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TaxSection } from "../tax-section";
import { PayerCases } from "./payer-cases";
import { PayerCollections } from "./payer-collections";
import type { PayerHistory } from "./payer-history-types";
import { RegistrationEvents } from "./registration-events";

interface PayerRecordsProps {
  history: PayerHistory;
  /** A payer's own part after what was collected (a person's resident-scheme years). */
  afterCollections?: ReactNode;
}

/** What every payer's page ends with: what was collected, its supervision cases, its registration history. */
export function PayerRecords({ history, afterCollections }: PayerRecordsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TaxSection id="collections" heading={t("tax.history.collections")}>
        <PayerCollections collections={history.collections} />
      </TaxSection>
      {afterCollections}
      <TaxSection id="cases" heading={t("tax.history.cases")}>
        <PayerCases cases={history.cases} />
      </TaxSection>
      <TaxSection id="events" heading={t("tax.history.events")}>
        <RegistrationEvents events={history.events} />
      </TaxSection>
    </>
  );
}
