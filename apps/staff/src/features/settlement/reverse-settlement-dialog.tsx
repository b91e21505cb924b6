import { useMutation } from "@tanstack/react-query";
import { formatFen } from "@yibao/domain";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../api-types";
import { trpcClient } from "../../trpc";
import { accountFailureMessage } from "../errors/account-failure-message";
import { FormError } from "../errors/form-error";

export type SettlementRow = RouterOutputs["staff"]["settlement"]["list"]["items"][number];
type Reversed = RouterOutputs["staff"]["settlement"]["reverse"];

interface ReverseSettlementDialogProps {
  settlement: SettlementRow;
  onReversed: (reversed: Reversed) => void;
  onClose: () => void;
}

/**
 * 冲正 asked once more in a modal dialog, with what it undoes: a reversal cannot itself be undone.
 * 取消 (and Escape) leave the payment as it is.
 */
export function ReverseSettlementDialog({
  settlement,
  onReversed,
  onClose,
}: ReverseSettlementDialogProps) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const reverse = useMutation({
    mutationFn: () =>
      trpcClient.staff.settlement.reverse.mutate({ settlementId: settlement.settlementId }),
    onSuccess: (reversed) => {
      onReversed(reversed);
      dialog.current?.close();
    },
  });
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="manage-dialog confirm-dialog"
      onClose={onClose}
    >
      <h2 id={titleId}>{t("settlement.reverse.title")}</h2>
      <p id={bodyId}>
        {t("settlement.reverse.body", {
          number: settlement.terminalTransactionId,
          name: settlement.maskedName,
          amount: formatFen(settlement.amountFen),
          fromAccount: formatFen(settlement.fromAccountFen),
          selfPay: formatFen(settlement.selfPayFen),
        })}
      </p>
      <FormError
        message={reverse.error ? accountFailureMessage(t, reverse.error, i18n.language) : null}
      />
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={reverse.isPending}
          aria-busy={reverse.isPending}
          onClick={() => reverse.mutate()}
        >
          {reverse.isPending ? t("settlement.reverse.confirming") : t("settlement.reverse.confirm")}
        </button>
        {/* The focus starts here, so that an Enter pressed out of habit does not reverse. */}
        <button
          type="button"
          className="button"
          // biome-ignore lint/a11y/noAutofocus: a destructive confirmation starts on its safe choice.
          autoFocus
          onClick={() => dialog.current?.close()}
        >
          {t("settlement.reverse.cancel")}
        </button>
      </div>
    </dialog>
  );
}
