import { chinaToday, monthOf } from "@yibao/domain";
import { serverNow, TextField } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { type FormFailure, noFailure } from "../../errors/form-failure";
import { typedValue } from "../form-values";
import { taxFormFailure, taxIssueMessage } from "../tax-failure";
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
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const thisMonth = monthOf(chinaToday(new Date(serverNow())));
  const end = usePayerChange(
    (toMonth: string) =>
      trpcClient.staff.tax.endEmployment.mutate({
        employmentId: employee?.employmentId ?? "",
        toMonth,
      }),
    {
      onSuccess: (employment) =>
        onDone(t("tax.history.employmentEnded", { name: employment.name })),
      onError: (error) => setFailure(taxFormFailure(t, error, ["toMonth"])),
    },
  );
  if (!employee) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (end.isPending) return;
    const toMonth = typedValue(event.currentTarget, "toMonth");
    if (toMonth === "") {
      setFailure({
        fieldErrors: { toMonth: taxIssueMessage(t, "toMonth", "EMPTY") },
        formError: null,
      });
      return;
    }
    setFailure(noFailure);
    end.mutate(toMonth);
  }

  return (
    <form className="form action-form tax-action-form" noValidate onSubmit={onSubmit}>
      <h3>{t("tax.history.endEmploymentOf", { name: employee.name })}</h3>
      <FormError message={failure.formError} />
      <TextField
        name="toMonth"
        type="month"
        label={t("tax.fields.toMonth.label")}
        hint={t("tax.fields.toMonth.hint")}
        error={failure.fieldErrors.toMonth ?? null}
        defaultValue={thisMonth}
        min={employee.fromMonth}
      />
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={end.isPending}
          aria-busy={end.isPending}
        >
          {t("tax.history.confirmEndEmployment")}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t("tax.close")}
        </button>
      </div>
    </form>
  );
}
