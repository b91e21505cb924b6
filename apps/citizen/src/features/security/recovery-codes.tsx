import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useRef } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { useWording } from "../elder-mode/use-wording";
import { useFieldErrorText } from "../forms/use-field-error-text";

const savedSchema = z.object({
  saved: z.boolean().refine((saved) => saved, { message: "NOT_CONFIRMED" }),
});

interface RecoveryCodesProps {
  codes: string[];
  onSaved: () => void;
}

/** The recovery codes, shown once: the person goes on only after saying they have kept them. */
export function RecoveryCodes({ codes, onSaved }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const w = useWording();
  const errorText = useFieldErrorText();
  const headingId = useId();
  const checkboxId = useId();
  const errorId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<{ saved: boolean }, unknown, z.output<typeof savedSchema>>({
    resolver: zodResolver(savedSchema),
    defaultValues: { saved: false },
  });
  const error = errorText("recoverySaved", form.formState.errors.saved);

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section aria-labelledby={headingId}>
      <p className="notice notice-success" role="status">
        {t("authenticator.enabled")}
      </p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("authenticator.recoveryHeading")}
      </h2>
      <p>{w("authenticator.recoveryBody")}</p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <form className="form" noValidate onSubmit={form.handleSubmit(onSaved)}>
        <div className="field" data-invalid={error ? "true" : undefined}>
          {error ? (
            <p id={errorId} className="field-error">
              {error}
            </p>
          ) : null}
          <div className="checkbox-row">
            <input
              {...form.register("saved")}
              id={checkboxId}
              type="checkbox"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
            <label htmlFor={checkboxId}>{t("fields.recoverySaved.label")}</label>
          </div>
        </div>
        <button type="submit" className="button button-primary button-wide">
          {t("authenticator.done")}
        </button>
      </form>
    </section>
  );
}
