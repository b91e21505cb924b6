import { chinaToday, monthOf, residentIdSchema } from "@yibao/domain";
import { issuesFromParse, serverNow, TextField } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { type FormFailure, noFailure } from "../../errors/form-failure";
import { firstInvalidField, typedValue } from "../form-values";
import { taxFormFailure, taxIssueMessage } from "../tax-failure";
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
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const thisMonth = monthOf(chinaToday(new Date(serverNow())));
  const add = usePayerChange(
    (input: { residentId: string; fromMonth: string }) =>
      trpcClient.staff.tax.addEmployee.mutate({ employerId, ...input }),
    {
      onSuccess: (employment) => onDone(t("tax.history.employeeAdded", { name: employment.name })),
      onError: (error) => setFailure(taxFormFailure(t, error, fields, { NOT_FOUND: "residentId" })),
    },
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const form = event.currentTarget;
    const fieldErrors: Record<string, string> = {};
    const residentId = residentIdSchema.safeParse(typedValue(form, "residentId"));
    if (!residentId.success) {
      const code = issuesFromParse(residentId.error.issues)[0]?.code ?? "generic";
      fieldErrors.residentId = taxIssueMessage(t, "residentId", code);
    }
    const fromMonth = typedValue(form, "fromMonth");
    if (fromMonth === "") fieldErrors.fromMonth = taxIssueMessage(t, "fromMonth", "EMPTY");
    setFailure({ fieldErrors, formError: null });
    if (firstInvalidField(form, fields, fieldErrors) || !residentId.success) return;
    add.mutate({ residentId: residentId.data, fromMonth });
  }

  return (
    <form className="form action-form tax-action-form" noValidate onSubmit={onSubmit}>
      <h3>{t("tax.history.addEmployee")}</h3>
      <FormError message={failure.formError} />
      <TextField
        name="residentId"
        label={t("fields.residentId.label")}
        hint={t("fields.residentId.hint")}
        error={failure.fieldErrors.residentId ?? null}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={32}
      />
      <TextField
        name="fromMonth"
        type="month"
        label={t("tax.fields.fromMonth.label")}
        hint={t("tax.fields.fromMonth.hint")}
        error={failure.fieldErrors.fromMonth ?? null}
        defaultValue={thisMonth}
      />
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={add.isPending}
          aria-busy={add.isPending}
        >
          {t("tax.history.saveEmployee")}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t("tax.close")}
        </button>
      </div>
    </form>
  );
}
