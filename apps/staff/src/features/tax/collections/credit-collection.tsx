import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatFen } from "@yibao/domain";
import { formatDateTime } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpc, trpcClient } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { taxFailureMessage } from "../tax-failure";
import { TaxSection } from "../tax-section";
import type { CollectionView } from "./collection-types";
import { creditKeyFor } from "./credit-key";

/**
 * 确认入账: every creditable row credited in one go, all or nothing, with the key made once for
 * this collection (a second press, or a retry after a lost answer, credits nothing twice); then
 * what was credited. A collection credited before shows its result.
 */
export function CreditCollection({ collection }: { collection: CollectionView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const credit = useMutation({
    mutationFn: () =>
      trpcClient.staff.tax.creditCollection.mutate({
        collectionId: collection.collectionId,
        idempotencyKey: creditKeyFor(collection.collectionId),
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: trpc.staff.tax.collection.queryKey({ collectionId: collection.collectionId }),
        }),
        queryClient.invalidateQueries({ queryKey: trpc.staff.tax.collections.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.staff.tax.fundIncome.pathKey() }),
      ]),
  });
  const result = credit.data ?? collection.credited;

  return (
    <TaxSection id="credit" className="tax-credit" heading={t("tax.collections.creditHeading")}>
      <div role="status">
        {result ? (
          <div className="notice notice-success">
            <p>
              {t("tax.collections.creditedResult", {
                credited: result.credited,
                total: formatFen(result.totalCreditedFen),
              })}
            </p>
            {collection.credited ? (
              <p className="hint">
                {t("tax.collections.creditedAt", {
                  at: formatDateTime(collection.credited.creditedAt),
                })}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      {result ? null : collection.rows.valid === 0 ? (
        <p>{t("tax.collections.nothingToCredit")}</p>
      ) : (
        <>
          <p>
            {t("tax.collections.creditIntro", {
              rows: collection.rows.valid,
              total: formatFen(collection.creditable.toAccountsFen),
            })}
          </p>
          {collection.rows.invalid.length > 0 ? (
            <p className="hint">
              {t("tax.collections.creditSkips", { rows: collection.rows.invalid.length })}
            </p>
          ) : null}
          <FormError message={credit.isError ? taxFailureMessage(t, credit.error) : null} />
          {credit.isError ? <p className="hint">{t("tax.collections.retrySafe")}</p> : null}
          <button
            type="button"
            className="button button-primary"
            disabled={credit.isPending}
            aria-busy={credit.isPending}
            onClick={() => credit.mutate()}
          >
            {credit.isPending ? t("tax.collections.crediting") : t("tax.collections.credit")}
          </button>
        </>
      )}
    </TaxSection>
  );
}
