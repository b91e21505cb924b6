import { residentIdSchema } from "@yibao/domain";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../../trpc";
import { checkedIdentifier } from "../checked-identifier";
import { firstInvalidField, typedValue } from "../form-values";
import { MonthField } from "../month-field";
import { ResidentIdField } from "../resident-id-field";
import { taxIssueMessage } from "../tax-failure";
import { useTaxForm } from "../use-tax-form";
import { ActionForm } from "./action-form";
import { usePayerChange } from "./use-payer-change";

const fields = ["residentId", "fromMonth"] as const;

interface AddEmployeeFormProps {
  employerId: string;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** 增加参保职工: a person the employer pays for from a month, by the resident ID on their document. */
export function AddEmployeeForm({ employerId, onDone, onClose }: AddEmployeeFormProps) {
  const { t } = useTranslation();
  const form = useTaxForm(fields, { NOT_FOUND: "residentId" });
  const add = usePayerChange(
    (input: { residentId: string; fromMonth: string }) =>
      trpcClient.staff.tax.addEmployee.mutate({ employerId, ...input }),
    {
      onSuccess: (employment) => onDone(t("tax.history.employeeAdded", { name: employment.name })),
      onError: form.refused,
    },
  );

  const onSubmit = form.onSubmit(add, (element) => {
    const fieldErrors: Record<string, string> = {};
    const residentId = checkedIdentifier(t, residentIdSchema, element, "residentId");
    if (residentId.issue !== null) fieldErrors.residentId = residentId.issue;
    const fromMonth = typedValue(element, "fromMonth");
    if (fromMonth === "") fieldErrors.fromMonth = taxIssueMessage(t, "fromMonth", "EMPTY");
    if (firstInvalidField(element, fields, fieldErrors) || residentId.value === null) {
      return { fieldErrors, input: null };
    }
    return { fieldErrors, input: { residentId: residentId.value, fromMonth } };
  });

  return (
    <ActionForm
      heading={t("tax.history.addEmployee")}
      formError={form.failure.formError}
      pending={add.isPending}
      submitLabel={t("tax.history.saveEmployee")}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <ResidentIdField error={form.failure.fieldErrors.residentId ?? null} />
      <MonthField
        name="fromMonth"
        label={t("tax.fields.fromMonth.label")}
        hint={t("tax.fields.fromMonth.hint")}
        error={form.failure.fieldErrors.fromMonth ?? null}
      />
    </ActionForm>
  );
}
