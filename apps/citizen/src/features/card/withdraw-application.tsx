import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { queryClient, trpc } from "../../trpc";
import type { CardApplicationView } from "./card-types";
import { ConfirmAction } from "./confirm-action";

/** 撤回申请, while the workflow lets the applicant (before approval), after a confirmation. */
export function WithdrawApplication({ application }: { application: CardApplicationView }) {
  const { t } = useTranslation();
  const withdraw = useMutation(
    trpc.citizen.card.withdraw.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.citizen.card.pathKey() }),
    }),
  );
  return (
    <ConfirmAction
      label={t("card.withdraw.button")}
      question={t("card.withdraw.question", { reference: application.reference })}
      confirmLabel={t("card.withdraw.confirm")}
      pending={withdraw.isPending}
      error={withdraw.error}
      onConfirm={() => withdraw.mutate({ applicationId: application.id })}
      onCancel={() => withdraw.reset()}
    />
  );
}
