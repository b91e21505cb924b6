import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type FormFailure, noFailure } from "../errors/form-failure";
import { typedValue } from "./form-values";
import { taxFormFailure, taxIssueMessage } from "./tax-failure";

/** What a form's check made of what was typed: the problem under each field, and the request if none. */
export interface CheckedForm<Input> {
  fieldErrors: Record<string, string>;
  input: Input | null;
}

/** The request a form sends, as a mutation holds it. */
interface FormRequest<Input> {
  isPending: boolean;
  mutate: (input: Input) => void;
}

/**
 * A tax page's form: what is wrong is shown under its fields, whether the form's own check found it
 * or the server refused the request (its issues under `fields`, a domain code under the field
 * `fieldOfCode` names, anything else for the whole form). One request at a time.
 */
export function useTaxForm(
  fields: readonly string[],
  fieldOfCode: Readonly<Record<string, string>> = {},
) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  return {
    failure,
    /** For the request's `onError`. */
    refused: (error: unknown) => setFailure(taxFormFailure(t, error, fields, fieldOfCode)),
    /**
     * The form's submit handler: `check` reads the form (and moves the focus, if it should); the
     * request is sent when it has one and none is under way.
     */
    onSubmit:
      <Input>(request: FormRequest<Input>, check: (form: HTMLFormElement) => CheckedForm<Input>) =>
      (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (request.isPending) return;
        const { fieldErrors, input } = check(event.currentTarget);
        setFailure({ fieldErrors, formError: null });
        if (input !== null) request.mutate(input);
      },
    /** The check of a form that asks one thing: that field, which must not be left empty. */
    requiredValue:
      (field: string) =>
      (form: HTMLFormElement): CheckedForm<string> => {
        const value = typedValue(form, field);
        return value === ""
          ? { fieldErrors: { [field]: taxIssueMessage(t, field, "EMPTY") }, input: null }
          : { fieldErrors: {}, input: value };
      },
  };
}
