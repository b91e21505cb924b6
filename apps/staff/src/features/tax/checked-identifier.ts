import { issuesFromParse } from "@yibao/ui";
import type { TFunction } from "i18next";
import type { z } from "zod";
import { typedValue } from "./form-values";
import { taxIssueMessage } from "./tax-failure";

/** An identifier as typed, normalised, or the sentence that says what is wrong with it. */
export type CheckedIdentifier = { value: string; issue: null } | { value: null; issue: string };

/**
 * A resident ID or credit code typed into a form's field, checked by the schema the server checks
 * it by (`residentIdSchema`, `creditCodeSchema`), so that a mistyped one is caught before it is sent.
 */
export function checkedIdentifier(
  t: TFunction,
  schema: z.ZodType<string, string>,
  form: HTMLFormElement,
  field: string,
): CheckedIdentifier {
  const parsed = schema.safeParse(typedValue(form, field));
  if (parsed.success) return { value: parsed.data, issue: null };
  const code = issuesFromParse(parsed.error.issues)[0]?.code ?? "generic";
  return { value: null, issue: taxIssueMessage(t, field, code) };
}
