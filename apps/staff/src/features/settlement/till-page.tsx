import { useQueryClient } from "@tanstack/react-query";
import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { type SettledSale, SettleForm } from "./settle-form";
import { SettlementReceipt } from "./settlement-receipt";
import "./settlement.css";
import { TodaysSettlements } from "./todays-settlements";

/**
 * 医保结算: a designated pharmacy's or hospital's till. The operator settles a bill with the
 * person's e-card, tells them what the account paid and what is left to pay, and can reverse
 * today's payments.
 */
export function TillPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [settled, setSettled] = useState<SettledSale | null>(null);
  useDocumentTitle(t("settlement.heading"));

  return (
    <>
      <PageHeading>{t("settlement.heading")}</PageHeading>
      <p>{t("settlement.intro")}</p>
      <div className="till">
        <SettleForm
          // The last receipt goes as the next sale is sent, so that it cannot be read as this one's.
          onStarted={() => setSettled(null)}
          onSettled={(sale) => {
            setSettled(sale);
            void queryClient.invalidateQueries({ queryKey: trpc.staff.settlement.list.queryKey() });
          }}
        />
        <div role="status" className="till-result">
          {settled ? <SettlementReceipt sale={settled} /> : null}
        </div>
      </div>
      <TodaysSettlements />
    </>
  );
}
