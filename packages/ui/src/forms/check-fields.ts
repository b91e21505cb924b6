import { type FieldIssue, issuesFromParse } from "../errors/server-error";

type ParseIssue = { code: string; message: string; path: readonly PropertyKey[] };

/** A field's schema (a zod schema from `@yibao/domain`), as far as checking a form needs it. */
export interface FieldSchema {
  safeParse(value: string): { error?: { issues: readonly ParseIssue[] } | undefined };
}

/**
 * Runs each field's schema, the same one the server runs, so mistakes show before a round trip;
 * each issue's path starts with its field's name, as in the server's answer.
 */
export function checkFields<TField extends string>(
  schemas: Record<TField, FieldSchema>,
  input: Record<TField, string>,
): FieldIssue[] {
  return fieldNames(schemas).flatMap((field) => {
    const { error } = schemas[field].safeParse(input[field]);
    if (!error) return [];
    return issuesFromParse(error.issues).map((issue) => ({
      ...issue,
      path: [field, ...issue.path],
    }));
  });
}

/** The fields in the order they were given, which is the order of the form. */
export function fieldNames<TField extends string>(schemas: Record<TField, FieldSchema>): TField[] {
  // Object.keys() returns exactly the record's own keys, which are TField by the parameter's type.
  return Object.keys(schemas) as TField[];
}
