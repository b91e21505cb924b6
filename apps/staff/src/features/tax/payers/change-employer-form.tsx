import { useState } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../../trpc";
import { DayField } from "../day-field";
import { firstInvalidField, typedValue } from "../form-values";
import { taxIssueMessage } from "../tax-failure";
import { useTaxForm } from "../use-tax-form";
import { ActionForm } from "./action-form";
import { EmployerNameFields } from "./employer-name-fields";
import { usePayerChange } from "./use-payer-change";

const fields = ["name", "address", "effectiveOn"] as const;

interface ChangeEmployerFormProps {
  employer: { employerId: string; name: string; address: string };
  onDone: () => void;
  onClose: () => void;
}

/** 变更登记: a registered employer's new name or address, from a day; the old values stay in its history. */
export function ChangeEmployerForm({ employer, onDone, onClose }: ChangeEmployerFormProps) {
  const { t } = useTranslation();
  const form = useTaxForm(fields);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const change = usePayerChange(
    (input: { name: string; address: string; effectiveOn: string }) =>
      trpcClient.staff.tax.changeEmployer.mutate({
        employerId: employer.employerId,
        ...input,
        idempotencyKey,
      }),
    { onSuccess: onDone, onError: form.refused },
  );

  const onSubmit = form.onSubmit(change, (element) => {
    const value = (name: string) => typedValue(element, name);
    const fieldErrors: Record<string, string> = {};
    for (const field of fields) {
      if (value(field) === "") fieldErrors[field] = taxIssueMessage(t, field, "EMPTY");
    }
    if (
      !fieldErrors.name &&
      value("name") === employer.name &&
      value("address") === employer.address
    ) {
      fieldErrors.name = taxIssueMessage(t, "name", "NOTHING_CHANGED");
    }
    if (firstInvalidField(element, fields, fieldErrors)) return { fieldErrors, input: null };
    return {
      fieldErrors,
      input: { name: value("name"), address: value("address"), effectiveOn: value("effectiveOn") },
    };
  });

  return (
    <ActionForm
      heading={t("tax.history.changeHeading")}
      formError={form.failure.formError}
      pending={change.isPending}
      submitLabel={t("tax.history.saveChange")}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <EmployerNameFields fieldErrors={form.failure.fieldErrors} defaults={employer} />
      <DayField
        name="effectiveOn"
        label={t("tax.fields.effectiveOn.label")}
        error={form.failure.fieldErrors.effectiveOn ?? null}
      />
    </ActionForm>
  );
}
