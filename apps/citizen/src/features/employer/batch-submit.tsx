import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { ConfirmAction } from "../card/confirm-action";
import { batchFailureMessage } from "./batch-failure-message";
import type { BatchReport } from "./batch-report-types";
import { employerTrpc } from "./employer-api";
import { forgetSubmitKey, submitKeyOf } from "./submit-key";

interface BatchSubmitProps {
  batchId: string;
  rows: NonNullable<BatchReport["rows"]>;
  hasLetter: boolean;
}

/**
 * Submitting a checked batch: every row when all are valid; otherwise only the valid rows, chosen
 * explicitly. Asked once more before it is done, and sent with the batch's one idempotency key,
 * so that a double click, a retry or a reload never submits twice.
 */
export function BatchSubmit({ batchId, rows, hasLetter }: BatchSubmitProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invalid = rows.invalid.length;
  const validOnly = invalid > 0;
  const submit = useMutation({
    mutationFn: () =>
      trpcClient.employer.batches.submit.mutate({
        batchId,
        idempotencyKey: submitKeyOf(batchId),
        ...(validOnly ? { validOnly: true } : {}),
      }),
    onSuccess: async () => {
      forgetSubmitKey(batchId);
      await queryClient.invalidateQueries({ queryKey: employerTrpc.employer.batches.pathKey() });
    },
  });

  return (
    <section className="section" aria-labelledby="submit-heading">
      <h2 id="submit-heading">{t("submit.heading")}</h2>
      {!hasLetter ? (
        <p className="notice notice-warning">{t("submit.letterFirst")}</p>
      ) : rows.valid === 0 ? (
        <p className="notice notice-warning">{t("submit.notReady.NO_VALID_ROWS")}</p>
      ) : (
        <>
          {validOnly ? <p>{t("submit.blocked", { invalid })}</p> : null}
          <ConfirmAction
            label={
              validOnly
                ? t("submit.validOnly", { count: rows.valid })
                : t("submit.all", { count: rows.valid })
            }
            question={
              validOnly
                ? t("submit.confirmValidOnly", { count: rows.valid, invalid })
                : t("submit.confirmAll", { count: rows.valid })
            }
            confirmLabel={t("submit.confirm")}
            pending={submit.isPending}
            error={null}
            onConfirm={() => submit.mutate()}
          />
          {submit.error ? (
            <p className="notice notice-error" role="alert">
              {batchFailureMessage(t, submit.error)}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
