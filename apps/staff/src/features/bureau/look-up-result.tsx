import type { AccountLookUpReason } from "@yibao/domain";
import { formatFen } from "@yibao/domain";
import { formatDate, formatDateTime, formatMonth, ledgerEntryWords } from "@yibao/ui";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { DataTableRegion } from "../tables/data-table-region";
import type { LookedUpAccount } from "./look-up-form";
import { signedFen } from "./signed-fen";

interface LookUpResultProps {
  account: LookedUpAccount;
  reason: AccountLookUpReason;
  onNewInquiry: () => void;
}

/**
 * What the person would see in their own account — name, masked ID, status and why, balance,
 * recent transactions — for the clerk to tell them, and 新的查询 to take it off the screen.
 */
export function LookUpResult({ account, reason, onNewInquiry }: LookUpResultProps) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => headingRef.current?.focus(), []);
  const month = (value: string) => formatMonth(value, i18n.language);

  return (
    <section className="look-up-result" aria-labelledby={`${id}-heading`}>
      <div className="section-heading">
        <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          {t("bureau.result.heading")}
        </h2>
        <button type="button" className="button button-primary" onClick={onNewInquiry}>
          {t("bureau.result.newInquiry")}
        </button>
      </div>
      <p className="hint">{t("bureau.result.newInquiryHint")}</p>
      <p className="notice">
        {t("bureau.result.recordedAs", { reason: t(`bureau.reasons.${reason}`) })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t("bureau.result.name")}</dt>
          <dd>{account.name}</dd>
        </div>
        <div>
          <dt>{t("bureau.result.maskedResidentId")}</dt>
          <dd className="resident-id">{account.maskedResidentId}</dd>
        </div>
        <div>
          <dt>{t("bureau.result.status")}</dt>
          <dd>
            <span className="status-badge" data-status={account.status}>
              {t(`bureau.result.statuses.${account.status}`)}
            </span>
            {account.status === "SEALED" && account.sealedSince ? (
              <span className="sealed-since">
                {" "}
                {t("bureau.result.sealedSince", { month: month(account.sealedSince) })}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("bureau.result.lastPaidMonth")}</dt>
          <dd>
            {account.lastPaidMonth ? month(account.lastPaidMonth) : t("bureau.result.noPaidMonth")}
          </dd>
        </div>
      </dl>
      {account.status === "SEALED" ? (
        <p className="notice notice-warning">
          {t(
            account.sealedAccountMayPay
              ? "bureau.result.sealedMayPay"
              : "bureau.result.sealedNoPay",
          )}
        </p>
      ) : null}
      {account.status === "NO_CONTRIBUTIONS" ? (
        <p className="notice">{t("bureau.result.noContributions")}</p>
      ) : null}
      <section className="look-up-balance" aria-labelledby={`${id}-balance`}>
        <h3 id={`${id}-balance`} className="look-up-balance-label">
          {t("bureau.result.balance")}
        </h3>
        <p className="look-up-balance-amount numeric">{formatFen(account.balanceFen)}</p>
        <p className="hint">{t("bureau.result.asOf", { time: formatDateTime(account.asOf) })}</p>
      </section>
      <h3>{t("bureau.result.transactions")}</h3>
      {account.recentTransactions.length === 0 ? (
        <p className="empty-state">{t("bureau.result.noTransactions")}</p>
      ) : (
        <DataTableRegion label={t("bureau.result.transactions")}>
          <table className="data-table look-up-transactions">
            <caption className="visually-hidden">{t("bureau.result.transactions")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("bureau.result.columns.postedAt")}</th>
                <th scope="col">{t("bureau.result.columns.what")}</th>
                <th scope="col" className="numeric-column">
                  {t("bureau.result.columns.amount")}
                </th>
                <th scope="col" className="numeric-column">
                  {t("bureau.result.columns.balanceAfter")}
                </th>
              </tr>
            </thead>
            <tbody>
              {account.recentTransactions.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap numeric">{formatDate(entry.postedAt)}</td>
                  <td>{ledgerEntryWords(t, entry, i18n.language)}</td>
                  <td
                    className="nowrap numeric numeric-column"
                    data-direction={entry.amountFen < 0 ? "out" : "in"}
                  >
                    {signedFen(entry.amountFen)}
                  </td>
                  <td className="nowrap numeric numeric-column">
                    {formatFen(entry.balanceAfterFen)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </DataTableRegion>
      )}
    </section>
  );
}
