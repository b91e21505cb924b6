import { failureMessage, issueMessage, readServerError } from "@yibao/ui";
import type { TFunction } from "i18next";

/** A refused form: the sentence under each field the server named, or one for the whole form. */
export interface FormFailure {
  fieldErrors: Record<string, string>;
  formError: string | null;
}

export const noFailure: FormFailure = { fieldErrors: {}, formError: null };

interface FormFailureOptions {
  /** The form's fields; an issue about anything else is told as the form's failure. */
  fields: readonly string[];
  /** Domain codes that are about one field (CURRENT_PASSWORD_WRONG → currentPassword). */
  fieldOfCode?: Readonly<Record<string, string>>;
  /** Words one issue; defaults to the field's own wording, then the shared one. */
  issueText?: (field: string, code: string) => string;
}

/** What to show for a failed request of a form, from the server's domain code and issues. */
export function formFailure(
  t: TFunction,
  error: unknown,
  {
    fields,
    fieldOfCode = {},
    issueText = (field, code) => issueMessage(t, field, code),
  }: FormFailureOptions,
): FormFailure {
  const facts = readServerError(error);
  const field = fieldOfCode[facts.domainCode];
  if (field !== undefined) {
    return {
      fieldErrors: {
        [field]: t([`fields.${field}.issues.${facts.domainCode}`, `errors.${facts.domainCode}`]),
      },
      formError: null,
    };
  }
  const fieldErrors: Record<string, string> = {};
  for (const issue of facts.issues) {
    const name = issue.path[0];
    if (name !== undefined && fields.includes(name) && fieldErrors[name] === undefined) {
      fieldErrors[name] = issueText(name, issue.code);
    }
  }
  return Object.keys(fieldErrors).length > 0
    ? { fieldErrors, formError: null }
    : { fieldErrors, formError: failureMessage(t, error) };
}
