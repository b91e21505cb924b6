import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { ConfirmAction } from "../card/confirm-action";
import { employerTrpc } from "./employer-api";

/**
 * The employer's cards collected at the county centre and not yet handed out (WITH_EMPLOYER):
 * each handed to its employee is recorded here (已发放), and the employee then sees it collected.
 */
export function CardsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("pages.cards"));
  const queryClient = useQueryClient();
  const cards = useQuery(employerTrpc.employer.cards.list.queryOptions());
  const [handedOut, setHandedOut] = useState<string | null>(null);
  const handOut = useMutation({
    mutationFn: (card: { applicationId: string; version: number; maskedName: string }) =>
      trpcClient.employer.cards.handOut.mutate({
        applicationId: card.applicationId,
        version: card.version,
      }),
    onSuccess: async (_answer, card) => {
      setHandedOut(card.maskedName);
      await queryClient.invalidateQueries({ queryKey: employerTrpc.employer.cards.pathKey() });
    },
  });

  return (
    <>
      <PageHeading>{t("pages.cards")}</PageHeading>
      <p>{t("cards.intro")}</p>
      <div role="status">
        {handedOut ? (
          <p className="notice notice-success">{t("cards.done", { name: handedOut })}</p>
        ) : null}
      </div>
      {cards.isPending ? <Loading /> : null}
      {cards.isError ? (
        <QueryError error={cards.error} onRetry={() => void cards.refetch()} />
      ) : null}
      {cards.isSuccess && cards.data.items.length === 0 ? (
        <p className="empty">{t("cards.empty")}</p>
      ) : null}
      {cards.isSuccess && cards.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="employer-table">
            <caption className="visually-hidden">{t("cards.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cards.columns.name")}</th>
                <th scope="col">{t("cards.columns.residentId")}</th>
                <th scope="col">{t("cards.columns.reference")}</th>
                <th scope="col">{t("cards.columns.cardNumber")}</th>
                <th scope="col">{t("cards.columns.collectedAt")}</th>
                <th scope="col">{t("cards.columns.status")}</th>
                <th scope="col">{t("cards.columns.action")}</th>
              </tr>
            </thead>
            <tbody>
              {cards.data.items.map((card) => (
                <tr key={card.applicationId}>
                  <th scope="row">{card.maskedName}</th>
                  <td className="resident-id nowrap">{card.maskedResidentId}</td>
                  <td className="nowrap">{card.reference}</td>
                  <td className="nowrap">{card.cardNumber ?? t("batches.notYet")}</td>
                  <td className="nowrap">
                    {card.collectedAt ? formatDateTime(card.collectedAt) : t("batches.notYet")}
                  </td>
                  <td>{t(`cards.status.${card.status}`)}</td>
                  <td>
                    <ConfirmAction
                      label={t("cards.handOut")}
                      question={t("cards.question", { name: card.maskedName })}
                      confirmLabel={t("cards.confirm")}
                      pending={
                        handOut.isPending && handOut.variables.applicationId === card.applicationId
                      }
                      error={
                        handOut.error && handOut.variables?.applicationId === card.applicationId
                          ? handOut.error
                          : null
                      }
                      onConfirm={() => handOut.mutate({ ...card })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
