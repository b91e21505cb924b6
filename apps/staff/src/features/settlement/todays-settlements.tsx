import { useQuery } from "@tanstack/react-query";
import { formatFen } from "@yibao/domain";
import { formatDateTime, Loading, QueryError } from "@yibao/ui";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { DataTableRegion } from "../tables/data-table-region";
import { ReverseSettlementDialog, type SettlementRow } from "./reverse-settlement-dialog";

/** The time of day only: the list is today's. */
const timeOf = (iso: string) => formatDateTime(iso).slice(11);

/**
 * 今日结算: this institution's payments of today, newest first, for the end-of-day check, with
 * 冲正 on those that may still be reversed (today's, not reversed yet).
 */
export function TodaysSettlements() {
  const { t } = useTranslation();
  const headingId = useId();
  const list = useQuery(trpc.staff.settlement.list.queryOptions());
  const [reversing, setReversing] = useState<SettlementRow | null>(null);
  const [reversed, setReversed] = useState<string | null>(null);
  const reversedRef = useRef<HTMLParagraphElement>(null);
  // The reversed row's button is gone: the focus goes to what was done, not to the page's top.
  useEffect(() => {
    if (reversed) reversedRef.current?.focus();
  }, [reversed]);
  const items = list.data?.items ?? [];
  const paidFromAccounts = items
    .filter((item) => item.reversedAt === null)
    .reduce((total, item) => total + item.fromAccountFen, 0);

  return (
    <section aria-labelledby={headingId} className="section todays-settlements">
      <h2 id={headingId}>{t("settlement.today.heading")}</h2>
      <div role="status">
        {reversed ? (
          <p ref={reversedRef} tabIndex={-1} className="notice notice-success">
            {reversed}
          </p>
        ) : null}
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && items.length === 0 ? (
        <p className="empty-state">{t("settlement.today.empty")}</p>
      ) : null}
      {list.data && items.length > 0 ? (
        <>
          <p>
            {t("settlement.today.date", {
              date: list.data.date,
              count: items.length,
              total: formatFen(paidFromAccounts),
            })}
          </p>
          <DataTableRegion label={t("settlement.today.tableLabel")}>
            <table className="data-table settlements-table">
              <caption className="visually-hidden">{t("settlement.today.tableLabel")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("settlement.today.columns.settledAt")}</th>
                  <th scope="col">{t("settlement.today.columns.terminalTransactionId")}</th>
                  <th scope="col">{t("settlement.today.columns.name")}</th>
                  <th scope="col" className="numeric-column">
                    {t("settlement.today.columns.amount")}
                  </th>
                  <th scope="col" className="numeric-column">
                    {t("settlement.today.columns.fromAccount")}
                  </th>
                  <th scope="col" className="numeric-column">
                    {t("settlement.today.columns.selfPay")}
                  </th>
                  <th scope="col">{t("settlement.today.columns.action")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr
                    key={item.settlementId}
                    data-inactive={item.reversedAt !== null ? "true" : undefined}
                  >
                    <td className="nowrap numeric">{timeOf(item.settledAt)}</td>
                    <th scope="row" className="nowrap numeric">
                      {item.terminalTransactionId}
                    </th>
                    <td className="nowrap">{item.maskedName}</td>
                    <td className="nowrap numeric numeric-column">{formatFen(item.amountFen)}</td>
                    <td className="nowrap numeric numeric-column">
                      {formatFen(item.fromAccountFen)}
                    </td>
                    <td className="nowrap numeric numeric-column">{formatFen(item.selfPayFen)}</td>
                    <td className="nowrap">
                      {item.reversedAt !== null ? (
                        <span className="status-badge" data-status="REVERSED">
                          {t("settlement.today.reversed", { time: timeOf(item.reversedAt) })}
                        </span>
                      ) : item.reversible ? (
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t("settlement.today.reverseLabel", {
                            number: item.terminalTransactionId,
                          })}
                          onClick={() => {
                            setReversed(null);
                            setReversing(item);
                          }}
                        >
                          {t("settlement.today.reverse")}
                        </button>
                      ) : (
                        t("settlement.today.notReversible")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </DataTableRegion>
        </>
      ) : null}
      {reversing ? (
        <ReverseSettlementDialog
          settlement={reversing}
          onReversed={(result) => {
            setReversed(
              t("settlement.reverse.done", {
                number: reversing.terminalTransactionId,
                amount: formatFen(result.refundedToAccountFen),
              }),
            );
            void list.refetch();
          }}
          onClose={() => setReversing(null)}
        />
      ) : null}
    </section>
  );
}
