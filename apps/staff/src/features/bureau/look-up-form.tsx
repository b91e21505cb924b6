import { useMutation } from "@tanstack/react-query";
import {
  type AccountLookUpReason,
  accountLookUpMethods,
  accountLookUpReasons,
  residentIdSchema,
} from "@yibao/domain";
import { issueMessage, issuesFromParse, TextField } from "@yibao/ui";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterInputs, RouterOutputs } from "../../api-types";
import { trpcClient } from "../../trpc";
import { accountFailureMessage } from "../errors/account-failure-message";
import { FormError } from "../errors/form-error";
import { type FormFailure, formFailure, noFailure } from "../errors/form-failure";

type LookUpInput = RouterInputs["staff"]["bureau"]["lookUp"];
export type LookedUpAccount = RouterOutputs["staff"]["bureau"]["lookUp"];
type Method = (typeof accountLookUpMethods)[number];

const fields = ["reason", "residentId", "token"] as const;

interface LookUpFormProps {
  /** After 新的查询: the focus starts on the first reason, ready for the next person. */
  focusOnMount: boolean;
  onFound: (account: LookedUpAccount, reason: AccountLookUpReason) => void;
}

/**
 * Why the clerk looks the account up (required: it is recorded and the person sees it), then the
 * person: the resident ID number from the document they show, or their e-card's code.
 */
export function LookUpForm({ focusOnMount, onFound }: LookUpFormProps) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState<AccountLookUpReason | null>(null);
  const [method, setMethod] = useState<Method>("RESIDENT_ID");
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const firstReason = useRef<HTMLInputElement>(null);
  const reasonErrorId = useId();
  const lookUp = useMutation({
    mutationFn: (input: LookUpInput) => trpcClient.staff.bureau.lookUp.mutate(input),
    onSuccess: (account, input) => onFound(account, input.reason),
    onError: (error) => {
      const refused = formFailure(t, error, {
        fields,
        fieldOfCode: {
          NOT_FOUND: method === "ECARD" ? "token" : "residentId",
          ECARD_TOKEN_INVALID: "token",
        },
      });
      setFailure({
        ...refused,
        formError:
          refused.formError === null ? null : accountFailureMessage(t, error, i18n.language),
      });
    },
  });
  useEffect(() => {
    if (focusOnMount) firstReason.current?.focus();
  }, [focusOnMount]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (lookUp.isPending) return;
    const form = event.currentTarget;
    const typed = (name: string) => {
      const input = form.elements.namedItem(name);
      return input instanceof HTMLInputElement ? input.value : "";
    };
    const fieldErrors: Record<string, string> = {};
    if (reason === null) fieldErrors.reason = t("bureau.reasonRequired");
    const residentId = residentIdSchema.safeParse(typed("residentId"));
    const token = typed("token").trim();
    if (method === "RESIDENT_ID" && !residentId.success) {
      const issue = issuesFromParse(residentId.error.issues)[0];
      fieldErrors.residentId = issueMessage(t, "residentId", issue?.code ?? "generic");
    }
    if (method === "ECARD" && token === "") fieldErrors.token = t("bureau.tokenRequired");
    setFailure({ fieldErrors, formError: null });
    const firstInvalid = fields.find((field) => fieldErrors[field] !== undefined);
    if (firstInvalid === "reason") return firstReason.current?.focus();
    if (firstInvalid) {
      const input = form.elements.namedItem(firstInvalid);
      return input instanceof HTMLElement ? input.focus() : undefined;
    }
    if (reason === null) return;
    if (method === "ECARD") return lookUp.mutate({ token, reason });
    if (residentId.success) lookUp.mutate({ residentId: residentId.data, reason });
  }

  const reasonError = failure.fieldErrors.reason ?? null;
  return (
    <form className="form narrow-form look-up-form" noValidate onSubmit={onSubmit}>
      <FormError message={failure.formError} />
      <fieldset
        className="field choice-field"
        data-invalid={reasonError ? "true" : undefined}
        aria-describedby={reasonError ? reasonErrorId : undefined}
      >
        <legend className="field-label">{t("bureau.reason")}</legend>
        {reasonError ? (
          <p id={reasonErrorId} className="field-error">
            {reasonError}
          </p>
        ) : null}
        {accountLookUpReasons.map((code, index) => (
          <label key={code} className="checkbox">
            <input
              ref={index === 0 ? firstReason : undefined}
              type="radio"
              name="reason"
              value={code}
              checked={reason === code}
              aria-invalid={reasonError ? true : undefined}
              onChange={() => {
                setReason(code);
                setFailure(({ fieldErrors: { reason: _chosen, ...others }, formError }) => ({
                  fieldErrors: others,
                  formError,
                }));
              }}
            />
            <span>{t(`bureau.reasons.${code}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="field choice-field choice-row">
        <legend className="field-label">{t("bureau.method")}</legend>
        {accountLookUpMethods.map((code) => (
          <label key={code} className="checkbox">
            <input
              type="radio"
              name="method"
              value={code}
              checked={method === code}
              onChange={() => {
                setMethod(code);
                setFailure(noFailure);
              }}
            />
            <span>{t(`bureau.methods.${code}`)}</span>
          </label>
        ))}
      </fieldset>
      {method === "RESIDENT_ID" ? (
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
      ) : (
        <TextField
          name="token"
          label={t("bureau.token")}
          hint={t("bureau.tokenHint")}
          error={failure.fieldErrors.token ?? null}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={2000}
        />
      )}
      <p className="notice look-up-recorded">{t("bureau.recorded")}</p>
      <div>
        <button
          type="submit"
          className="button button-primary"
          disabled={lookUp.isPending}
          aria-busy={lookUp.isPending}
        >
          {lookUp.isPending ? t("bureau.submitting") : t("bureau.submit")}
        </button>
      </div>
    </form>
  );
}
