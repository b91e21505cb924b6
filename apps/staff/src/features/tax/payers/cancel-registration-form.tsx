import { chinaToday } from "@yibao/domain";
import { serverNow, TextField } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../errors/form-error";
import { type FormFailure, noFailure } from "../../errors/form-failure";
import { typedValue } from "../form-values";
import { taxFormFailure, taxIssueMessage } from "../tax-failure";
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
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const today = chinaToday(new Date(serverNow()));
  const request = usePayerChange(cancel, {
    onSuccess: onDone,
    onError: (error) => setFailure(taxFormFailure(t, error, ["effectiveOn"])),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    const effectiveOn = typedValue(event.currentTarget, "effectiveOn");
    if (effectiveOn === "") {
      setFailure({
        fieldErrors: { effectiveOn: taxIssueMessage(t, "effectiveOn", "EMPTY") },
        formError: null,
      });
      return;
    }
    setFailure(noFailure);
    request.mutate(effectiveOn);
  }

  return (
    <form className="form action-form tax-action-form" noValidate onSubmit={onSubmit}>
      <h3>{t("tax.history.cancelHeading")}</h3>
      <p className="notice notice-warning">{warning}</p>
      <FormError message={failure.formError} />
      <TextField
        name="effectiveOn"
        type="date"
        label={t("tax.fields.cancelledOn.label")}
        error={failure.fieldErrors.effectiveOn ?? null}
        defaultValue={today}
        max={today}
      />
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={request.isPending}
          aria-busy={request.isPending}
        >
          {t("tax.history.confirmCancel")}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t("tax.close")}
        </button>
      </div>
    </form>
  );
}
