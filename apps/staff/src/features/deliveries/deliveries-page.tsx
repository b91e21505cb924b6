import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  errorMessage,
  formatDateTime,
  Loading,
  PageHeading,
  QueryError,
  readServerError,
  useDocumentTitle,
} from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../api-types";
import { trpc, trpcClient } from "../../trpc";
import { DataTableRegion } from "../tables/data-table-region";
import { LoadMore } from "../tables/load-more";
import { deliveryErrorWords } from "./delivery-error-words";
import "./deliveries.css";

type Delivery = RouterOutputs["staff"]["deliveries"]["list"]["items"][number];

/**
 * 短信发送失败: the text messages that did not reach the person — failed after the last try, or
 * still retrying after repeated refusals — with the masked phone, what the message was about
 * and the provider's last refusal. A failed one can be sent again.
 */
export function DeliveriesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("deliveries.heading"));
  const deliveries = useInfiniteQuery(
    trpc.staff.deliveries.list.infiniteQueryOptions(
      {},
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows = deliveries.data?.pages.flatMap((page) => page.items) ?? [];
  // Said where it stays: the resent message leaves the list as soon as it is asked again.
  const [resent, setResent] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t("deliveries.heading")}</PageHeading>
      <p>{t("deliveries.intro")}</p>
      <div role="status">
        {resent ? (
          <p className="notice notice-success">{t("deliveries.resent", { phone: resent })}</p>
        ) : null}
      </div>
      {deliveries.isPending ? <Loading /> : null}
      {deliveries.isError ? (
        <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : null}
      {deliveries.data && rows.length === 0 ? (
        <p className="empty-state">{t("deliveries.empty")}</p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <DataTableRegion label={t("deliveries.tableLabel")}>
            <table className="data-table">
              <caption className="visually-hidden">{t("deliveries.tableLabel")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("deliveries.columns.template")}</th>
                  <th scope="col">{t("deliveries.columns.phone")}</th>
                  <th scope="col">{t("deliveries.columns.reference")}</th>
                  <th scope="col">{t("deliveries.columns.status")}</th>
                  <th scope="col">{t("deliveries.columns.attempts")}</th>
                  <th scope="col">{t("deliveries.columns.lastError")}</th>
                  <th scope="col">{t("deliveries.columns.lastAttemptAt")}</th>
                  <th scope="col">{t("deliveries.columns.action")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((delivery) => (
                  <DeliveryRow key={delivery.id} delivery={delivery} onResent={setResent} />
                ))}
              </tbody>
            </table>
          </DataTableRegion>
          <LoadMore
            shown={rows.length}
            hasMore={deliveries.hasNextPage}
            loading={deliveries.isFetchingNextPage}
            onLoadMore={() => void deliveries.fetchNextPage()}
          />
        </>
      ) : null}
    </>
  );
}

function DeliveryRow({
  delivery,
  onResent,
}: {
  delivery: Delivery;
  onResent: (phone: string) => void;
}) {
  const { t } = useTranslation();
  const none = t("deliveries.none");
  return (
    <tr>
      <th scope="row">
        {t(`deliveries.templates.${delivery.templateId}`, { defaultValue: delivery.templateId })}
      </th>
      <td className="nowrap numeric">{delivery.phone}</td>
      <td className="nowrap">{delivery.reference ?? none}</td>
      <td className="nowrap">
        <span className="status-badge" data-status={delivery.status}>
          {t(`deliveries.statuses.${delivery.status}`)}
        </span>
        {delivery.status === "PENDING" && delivery.nextAttemptAt ? (
          <span className="muted delivery-next">
            {t("deliveries.columns.nextAttemptAt")} {formatDateTime(delivery.nextAttemptAt)}
          </span>
        ) : null}
      </td>
      <td className="numeric">{delivery.attempts}</td>
      <td>{deliveryErrorWords(t, delivery.lastError)}</td>
      <td className="nowrap">
        {delivery.lastAttemptAt ? formatDateTime(delivery.lastAttemptAt) : none}
      </td>
      <td className="nowrap">
        {delivery.status === "FAILED" ? (
          <ResendButton delivery={delivery} onResent={() => onResent(delivery.phone)} />
        ) : (
          none
        )}
      </td>
    </tr>
  );
}

/** Puts a failed message back in the outbox (audited); the list is asked again after it. */
function ResendButton({ delivery, onResent }: { delivery: Delivery; onResent: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const resend = useMutation({
    mutationFn: () => trpcClient.staff.deliveries.retry.mutate({ id: delivery.id }),
    onSuccess: () => {
      onResent();
      void queryClient.invalidateQueries({ queryKey: trpc.staff.deliveries.list.pathKey() });
    },
  });
  return (
    <div>
      <button
        type="button"
        className="button button-small"
        disabled={resend.isPending}
        aria-busy={resend.isPending}
        aria-label={`${t("deliveries.resend")} ${delivery.phone}`}
        onClick={() => resend.mutate()}
      >
        {resend.isPending ? t("deliveries.resending") : t("deliveries.resend")}
      </button>
      {resend.isError ? (
        <p className="field-error">{errorMessage(t, readServerError(resend.error))}</p>
      ) : null}
    </div>
  );
}
