import { useTranslation } from "react-i18next";
import { DayField } from "../day-field";
import { useTaxForm } from "../use-tax-form";
import { ActionForm } from "./action-form";
import { usePayerChange } from "./use-payer-change";

interface CancelRegistrationFormProps {
  /** What cancelling ends, in words (an employer's employees, a person's scheme). */
  warning: string;
  cancel: (effectiveOn: string) => Promise<unknown>;
  onDone: () => void;
  onClose: () => void;
}

/** 注销登记: the day the registration ends, after the warning of what it ends; recorded, not deleted. */
export function CancelRegistrationForm({
  warning,
  cancel,
  onDone,
  onClose,
}: CancelRegistrationFormProps) {
  const { t } = useTranslation();
  const form = useTaxForm(["effectiveOn"]);
  const request = usePayerChange(cancel, { onSuccess: onDone, onError: form.refused });

  return (
    <ActionForm
      heading={t("tax.history.cancelHeading")}
      warning={warning}
      formError={form.failure.formError}
      pending={request.isPending}
      submitLabel={t("tax.history.confirmCancel")}
      onSubmit={form.onSubmit(request, form.requiredValue("effectiveOn"))}
      onClose={onClose}
    >
      <DayField
        name="effectiveOn"
        label={t("tax.fields.cancelledOn.label")}
        error={form.failure.fieldErrors.effectiveOn ?? null}
      />
    </ActionForm>
  );
}
