import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../errors/form-error";
import { SubmitButton } from "../submit-button";

interface ActionFormProps {
  heading: string;
  /** What the change ends, said before anything is asked. */
  warning?: string;
  /** The failure that belongs to no one field. */
  formError: string | null;
  pending: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  /** The form's fields. */
  children: ReactNode;
}

/** A change to a payer's records, opened on its page below the button that asked for it; closable. */
export function ActionForm({
  heading,
  warning,
  formError,
  pending,
  submitLabel,
  onSubmit,
  onClose,
  children,
}: ActionFormProps) {
  const { t } = useTranslation();
  return (
    <form className="form action-form tax-action-form" noValidate onSubmit={onSubmit}>
      <h3>{heading}</h3>
      {warning ? <p className="notice notice-warning">{warning}</p> : null}
      <FormError message={formError} />
      {children}
      <div className="button-row">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        <button type="button" className="button" onClick={onClose}>
          {t("tax.close")}
        </button>
      </div>
    </form>
  );
}
