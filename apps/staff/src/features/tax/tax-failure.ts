import { failureMessage, readServerError } from "@yibao/ui";
import type { TFunction } from "i18next";
import { type FormFailure, formFailure } from "../errors/form-failure";

/** The fact the server put beside TAX_RECORD_CONFLICT: which rule the record did not take. */
function conflictReason(error: unknown): string | null {
  const data = (error as { data?: { reason?: unknown } } | null)?.data;
  return typeof data?.reason === "string" ? data.reason : null;
}

/** The payer the server names when one is registered already (an employer's or an individual's). */
export function registeredPayerId(error: unknown): string | null {
  const data = (error as { data?: { payerId?: unknown } } | null)?.data;
  return readServerError(error).domainCode === "PAYER_ALREADY_REGISTERED" &&
    typeof data?.payerId === "string"
    ? data.payerId
    : null;
}

/**
 * The sentence for a refused request of the tax officer's pages: a record that does not take the
 * change (TAX_RECORD_CONFLICT) in the words of its reason, any other failure as every form says it.
 */
export function taxFailureMessage(t: TFunction, error: unknown): string {
  const reason = conflictReason(error);
  if (readServerError(error).domainCode === "TAX_RECORD_CONFLICT" && reason) {
    return t([`tax.conflicts.${reason}`, "errors.TAX_RECORD_CONFLICT"]);
  }
  return failureMessage(t, error);
}

/** One field's problem: the tax pages' wording of it first, then the staff app's, then the shared. */
export function taxIssueMessage(t: TFunction, field: string, code: string): string {
  return t([
    `tax.fields.${field}.issues.${code}`,
    `tax.issues.${code}`,
    `fields.${field}.issues.${code}`,
    `issues.${code}`,
    "issues.generic",
  ]);
}

/** What a refused form of the tax pages shows: the server's issues under their fields, else one sentence. */
export function taxFormFailure(
  t: TFunction,
  error: unknown,
  fields: readonly string[],
  fieldOfCode: Readonly<Record<string, string>> = {},
): FormFailure {
  const facts = readServerError(error);
  const field = fieldOfCode[facts.domainCode];
  if (field !== undefined) {
    return {
      fieldErrors: { [field]: taxIssueMessage(t, field, facts.domainCode) },
      formError: null,
    };
  }
  const failure = formFailure(t, error, {
    fields,
    issueText: (name, code) => taxIssueMessage(t, name, code),
  });
  return failure.formError === null
    ? failure
    : { ...failure, formError: taxFailureMessage(t, error) };
}
