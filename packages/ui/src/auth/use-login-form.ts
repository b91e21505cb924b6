import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { errorMessage, firstIssueByField, issueMessage } from "../errors/error-message";
import { readServerError } from "../errors/server-error";
import { checkFields, type FieldSchema, fieldNames } from "../forms/check-fields";
import { clearSessionEndReason } from "../session/end-session";
import type { LoginRedirectState } from "../session/session-gate";

export interface LoginFormOptions<TField extends string> {
  /**
   * The form's inputs in the order shown, each with the schema the server checks it with; on
   * submit the first one with a problem takes focus.
   */
  fields: Record<TField, FieldSchema>;
  login: (input: Record<TField, string>) => Promise<unknown>;
  /** Loads the new session before leaving, so the guard does not see the old "signed out". */
  loadSession: () => Promise<unknown>;
  /** Where to go after login when the login page was not reached from another page. */
  home: string;
}

export interface LoginFormState<TField extends string> {
  /** Why the person was sent to log in, if they were. */
  reason: LoginRedirectState["reason"] | undefined;
  /** The sentence for a failure that belongs to no field, or null. */
  formError: string | null;
  fieldError: (field: TField) => string | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
}

function redirectState(state: unknown): Partial<LoginRedirectState> {
  return typeof state === "object" && state !== null ? (state as Partial<LoginRedirectState>) : {};
}

/** The login form's state: checks on submit, the login call, the way back to where they were. */
export function useLoginForm<TField extends string>({
  fields,
  login,
  loadSession,
  home,
}: LoginFormOptions<TField>): LoginFormState<TField> {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { reason, from } = redirectState(useLocation().state);
  const [fieldIssues, setFieldIssues] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async () => {
      clearSessionEndReason();
      await loadSession();
      navigate(from && from !== "/login" ? from : home, { replace: true });
    },
    onError: (error) => {
      const facts = readServerError(error);
      const byField = firstIssueByField(facts.issues);
      setFieldIssues(byField);
      setFormError(Object.keys(byField).length > 0 ? null : errorMessage(t, facts));
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const names = fieldNames(fields);
    // fromEntries() forgets the key type; every field has just been given its value.
    const input = Object.fromEntries(
      names.map((field) => [field, String(data.get(field) ?? "")]),
    ) as Record<TField, string>;
    const byField = firstIssueByField(checkFields(fields, input));
    setFieldIssues(byField);
    setFormError(null);
    const firstInvalid = names.find((field) => byField[field]);
    if (firstInvalid === undefined) {
      mutation.mutate(input);
      return;
    }
    const invalidInput = form.elements.namedItem(firstInvalid);
    if (invalidInput instanceof HTMLElement) invalidInput.focus();
  }

  return {
    reason,
    formError,
    fieldError: (field) => {
      const issue = fieldIssues[field];
      return issue ? issueMessage(t, field, issue) : null;
    },
    onSubmit,
    pending: mutation.isPending,
  };
}
