import { readServerError } from "@yibao/ui";

export interface FailureRouting<TField extends string> {
  /** The form's fields, in their order on screen: the first one with a problem takes focus. */
  fields: readonly TField[];
  /** Issue paths that name a field differently from the form: `{ password: "newPassword" }`. */
  pathAliases?: Partial<Record<string, TField>>;
  /** Failures that are one field's problem: `{ VERIFICATION_FAILED: "code" }`. */
  codeFields?: Partial<Record<string, TField>>;
}

/**
 * Which of the form's fields a failed request blames, each with its reason code, in the form's
 * order; empty when the failure belongs to the whole form (then its sentence is shown above).
 */
export function routeServerFailure<TField extends string>(
  error: unknown,
  routing: FailureRouting<TField>,
): { field: TField; code: string }[] {
  const facts = readServerError(error);
  const byField = new Map<TField, string>();
  for (const issue of facts.issues) {
    const name = issue.path[0];
    if (name === undefined) continue;
    const field =
      routing.pathAliases?.[name] ?? routing.fields.find((candidate) => candidate === name);
    if (field !== undefined && !byField.has(field)) byField.set(field, issue.code);
  }
  const codeField = routing.codeFields?.[facts.domainCode];
  if (byField.size === 0 && codeField !== undefined) byField.set(codeField, facts.domainCode);
  return routing.fields.flatMap((field) => {
    const code = byField.get(field);
    return code === undefined ? [] : [{ field, code }];
  });
}
