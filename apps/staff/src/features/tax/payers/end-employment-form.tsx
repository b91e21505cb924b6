import { useTranslation } from "react-i18next";
import { trpcClient } from "../../../trpc";
import { MonthField } from "../month-field";
import { useTaxForm } from "../use-tax-form";
import { ActionForm } from "./action-form";
import type { PayerHistory } from "./payer-history-types";
import { usePayerChange } from "./use-payer-change";

interface EndEmploymentFormProps {
  employee: PayerHistory["employees"][number] | null;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** 停止缴费: the last month the employer pays for the person (the account is sealed from the next). */
export function EndEmploymentForm({ employee, onDone, onClose }: EndEmploymentFormProps) {
  const { t } = useTranslation();
  const form = useTaxForm(["toMonth"]);
  const end = usePayerChange(
    (toMonth: string) =>
      trpcClient.staff.tax.endEmployment.mutate({
        employmentId: employee?.employmentId ?? "",
        toMonth,
      }),
    {
      onSuccess: (employment) =>
        onDone(t("tax.history.employmentEnded", { name: employment.name })),
      onError: form.refused,
    },
  );
  if (!employee) return null;

  return (
    <ActionForm
      heading={t("tax.history.endEmploymentOf", { name: employee.name })}
      formError={form.failure.formError}
      pending={end.isPending}
      submitLabel={t("tax.history.confirmEndEmployment")}
      onSubmit={form.onSubmit(end, form.requiredValue("toMonth"))}
      onClose={onClose}
    >
      <MonthField
        name="toMonth"
        label={t("tax.fields.toMonth.label")}
        hint={t("tax.fields.toMonth.hint")}
        error={form.failure.fieldErrors.toMonth ?? null}
        min={employee.fromMonth}
      />
    </ActionForm>
  );
}
