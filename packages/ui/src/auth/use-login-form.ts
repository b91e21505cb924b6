import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { firstIssueByField, issueMessage } from "../errors/error-message";
import { readServerError } from "../errors/server-error";
import { checkFields, type FieldSchema, fieldNames } from "../forms/check-fields";
import { clearSessionEndReason } from "../session/end-session";
import type { LoginRedirectState } from "../session/session-gate";
import { failureMessage } from "./failure-message";

/** The name of the second factor's input, as the login procedures call it. */
export const secondFactorField = "otp";

export interface SecondFactorOptions {
  /** The code's schema, the one the server checks it with. */
  schema: FieldSchema;
  /**
   * `"always"`: the code field is part of the form from the start. `"whenRequired"`: the form
   * first asks without it; when the server answers SECOND_FACTOR_REQUIRED the field appears,
   * takes focus, and the next submit sends the code with the same identifying fields.
   */
  show: "always" | "whenRequired";
}

export interface LoginFormOptions<TField extends string> {
  /**
   * The form's inputs in the order shown, each with the schema the server checks it with; on
   * submit the first one with a problem takes focus.
   */
  fields: Record<TField, FieldSchema>;
  /** A second factor's code (`otp`) after the password, if the app asks for one. */
  secondFactor?: SecondFactorOptions | undefined;
  /** Called with the fields, and `otp` whenever the code field is on screen. */
  login: (input: Record<TField, string> & { otp?: string }) => Promise<unknown>;
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
  fieldError: (field: TField | typeof secondFactorField) => string | null;
  /** Whether the second factor's code field is on screen. */
  secondFactorShown: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
}

function redirectState(state: unknown): Partial<LoginRedirectState> {
  return typeof state === "object" && state !== null ? (state as Partial<LoginRedirectState>) : {};
}

function focusInput(form: HTMLFormElement | null, name: string): void {
  const input = form?.elements.namedItem(name);
  if (input instanceof HTMLElement) input.focus();
}

/** The login form's state: checks on submit, the login call, the way back to where they were. */
export function useLoginForm<TField extends string>({
  fields,
  secondFactor,
  login,
  loadSession,
  home,
}: LoginFormOptions<TField>): LoginFormState<TField> {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { reason, from } = redirectState(useLocation().state);
  const [fieldIssues, setFieldIssues] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [secondFactorAsked, setSecondFactorAsked] = useState(false);
  const secondFactorShown =
    secondFactor !== undefined && (secondFactor.show === "always" || secondFactorAsked);
  const formRef = useRef<HTMLFormElement | null>(null);
  // The code field appears only after the server asked for it: focus it once it is on screen.
  const [focusAfterRender, setFocusAfterRender] = useState<string | null>(null);
  useEffect(() => {
    if (focusAfterRender === null) return;
    focusInput(formRef.current, focusAfterRender);
    setFocusAfterRender(null);
  }, [focusAfterRender]);

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async () => {
      clearSessionEndReason();
      await loadSession();
      navigate(from && from !== "/login" ? from : home, { replace: true });
    },
    onError: (error) => {
      const facts = readServerError(error);
      if (facts.domainCode === "SECOND_FACTOR_REQUIRED" && secondFactor !== undefined) {
        setSecondFactorAsked(true);
        setFieldIssues({});
        setFormError(failureMessage(t, error));
        setFocusAfterRender(secondFactorField);
        return;
      }
      const byField = firstIssueByField(facts.issues);
      setFieldIssues(byField);
      setFormError(Object.keys(byField).length > 0 ? null : failureMessage(t, error));
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    formRef.current = form;
    const data = new FormData(form);
    const schemas: Record<string, FieldSchema> =
      secondFactorShown && secondFactor
        ? { ...fields, [secondFactorField]: secondFactor.schema }
        : fields;
    const names = fieldNames(schemas);
    // fromEntries() forgets the key type; every field has just been given its value.
    const input = Object.fromEntries(
      names.map((field) => [field, String(data.get(field) ?? "")]),
    ) as Record<TField, string> & { otp?: string };
    const byField = firstIssueByField(checkFields(schemas, input));
    setFieldIssues(byField);
    setFormError(null);
    const firstInvalid = names.find((field) => byField[field]);
    if (firstInvalid === undefined) {
      mutation.mutate(input);
      return;
    }
    focusInput(form, firstInvalid);
  }

  return {
    reason,
    formError,
    fieldError: (field) => {
      const issue = fieldIssues[field];
      return issue ? issueMessage(t, field, issue) : null;
    },
    secondFactorShown,
    onSubmit,
    pending: mutation.isPending,
  };
}
