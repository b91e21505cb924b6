import { chinaToday } from "@yibao/domain";
import { serverNow, TextField } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { type FormFailure, noFailure } from "../../errors/form-failure";
import { firstInvalidField, typedValue } from "../form-values";
import { taxFormFailure, taxIssueMessage } from "../tax-failure";
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
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const today = chinaToday(new Date(serverNow()));
  const change = usePayerChange(
    (input: { name: string; address: string; effectiveOn: string }) =>
      trpcClient.staff.tax.changeEmployer.mutate({
        employerId: employer.employerId,
        ...input,
        idempotencyKey,
      }),
    { onSuccess: onDone, onError: (error) => setFailure(taxFormFailure(t, error, fields)) },
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const form = event.currentTarget;
    const value = (name: string) => typedValue(form, name);
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
    setFailure({ fieldErrors, formError: null });
    if (firstInvalidField(form, fields, fieldErrors)) return;
    change.mutate({
      name: value("name"),
      address: value("address"),
      effectiveOn: value("effectiveOn"),
    });
  }

  return (
    <form className="form action-form tax-action-form" noValidate onSubmit={onSubmit}>
      <h3>{t("tax.history.changeHeading")}</h3>
      <FormError message={failure.formError} />
      <TextField
        name="name"
        label={t("tax.fields.name.label")}
        error={failure.fieldErrors.name ?? null}
        defaultValue={employer.name}
        autoComplete="off"
        maxLength={100}
      />
      <TextField
        name="address"
        label={t("tax.fields.address.label")}
        error={failure.fieldErrors.address ?? null}
        defaultValue={employer.address}
        autoComplete="off"
        maxLength={200}
      />
      <TextField
        name="effectiveOn"
        type="date"
        label={t("tax.fields.effectiveOn.label")}
        error={failure.fieldErrors.effectiveOn ?? null}
        defaultValue={today}
        max={today}
      />
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={change.isPending}
          aria-busy={change.isPending}
        >
          {t("tax.history.saveChange")}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t("tax.close")}
        </button>
      </div>
    </form>
  );
}
