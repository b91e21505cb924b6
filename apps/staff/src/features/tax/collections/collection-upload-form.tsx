import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { trpc, trpcClient } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { sendUpload } from "../send-upload";
import { SubmitButton } from "../submit-button";
import { taxFailureMessage } from "../tax-failure";

type Step = "sending" | "checking";

/**
 * The file chosen is sent (POST /uploads), then checked (`staff.tax.checkCollection`); the
 * report opens on its own page. Nothing is credited here.
 */
export function CollectionUploadForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [step, setStep] = useState<Step>("sending");
  const [missing, setMissing] = useState(false);
  const check = useMutation({
    mutationFn: async (file: File) => {
      setStep("sending");
      const sent = await sendUpload(file);
      setStep("checking");
      return trpcClient.staff.tax.checkCollection.mutate({ uploadId: sent.uploadId });
    },
    onSuccess: async (collection) => {
      await queryClient.invalidateQueries({ queryKey: trpc.staff.tax.collections.pathKey() });
      navigate(`/collections/${collection.collectionId}`);
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (check.isPending) return;
    const input = event.currentTarget.elements.namedItem("file");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    setMissing(!file);
    if (!file) {
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    check.mutate(file);
  }

  return (
    <form className="form narrow-form" noValidate onSubmit={onSubmit} aria-busy={check.isPending}>
      <FormError message={check.isError ? taxFailureMessage(t, check.error) : null} />
      <div className="field" data-invalid={missing ? "true" : undefined}>
        <label htmlFor={inputId} className="field-label">
          {t("tax.collections.file")}
        </label>
        <p id={`${inputId}-hint`} className="hint">
          {t("tax.collections.fileHint")}
        </p>
        {missing ? (
          <p id={`${inputId}-error`} className="field-error">
            {t("tax.collections.fileRequired")}
          </p>
        ) : null}
        <input
          id={inputId}
          name="file"
          type="file"
          className="input"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-invalid={missing ? true : undefined}
          aria-describedby={`${inputId}-hint${missing ? ` ${inputId}-error` : ""}`}
          onChange={() => setMissing(false)}
        />
      </div>
      <div>
        <SubmitButton pending={check.isPending}>
          {check.isPending ? t(`tax.collections.steps.${step}`) : t("tax.collections.check")}
        </SubmitButton>
      </div>
    </form>
  );
}
