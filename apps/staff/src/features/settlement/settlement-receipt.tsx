import { formatFen } from "@yibao/domain";
import { formatDateTime } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { SettledSale } from "./settle-form";

/**
 * What the operator tells the person after a sale: who (masked), what the account paid and what
 * is left to collect. Never the balance: the institution has no business knowing it.
 */
export function SettlementReceipt({ sale }: { sale: SettledSale }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="settlement-receipt" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("settlement.result.heading")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("settlement.result.name")}</dt>
          <dd>{sale.maskedName}</dd>
        </div>
        <div>
          <dt>{t("settlement.result.amount")}</dt>
          <dd className="numeric">{formatFen(sale.amountFen)}</dd>
        </div>
        <div>
          <dt>{t("settlement.result.fromAccount")}</dt>
          <dd className="numeric receipt-amount">{formatFen(sale.fromAccountFen)}</dd>
        </div>
        <div>
          <dt>{t("settlement.result.selfPay")}</dt>
          <dd className="numeric receipt-amount">{formatFen(sale.selfPayFen)}</dd>
        </div>
        <div>
          <dt>{t("settlement.result.terminalTransactionId")}</dt>
          <dd className="numeric">{sale.terminalTransactionId}</dd>
        </div>
        <div>
          <dt>{t("settlement.result.settledAt")}</dt>
          <dd>{formatDateTime(sale.settledAt)}</dd>
        </div>
      </dl>
      <p className="receipt-collect">
        {sale.selfPayFen > 0
          ? t("settlement.result.selfPayCollect", { amount: formatFen(sale.selfPayFen) })
          : t("settlement.result.nothingToCollect")}
      </p>
    </section>
  );
}
