import type { TFunction } from "i18next";
import { formatDateTime } from "../format/format-date";
import type { FieldIssue, ServerErrorFacts } from "./server-error";

/** The sentence for a failure; unknown codes fall back to a generic one. */
export function errorMessage(t: TFunction, facts: ServerErrorFacts): string {
  if (facts.domainCode === "ACCOUNT_LOCKED" && facts.lockedUntil) {
    return t("errors.ACCOUNT_LOCKED_UNTIL", { time: formatDateTime(facts.lockedUntil) });
  }
  return t([`errors.${facts.domainCode}`, "errors.generic"]);
}

/** The sentence for one field's problem: the field's own wording first, then the shared one. */
export function issueMessage(t: TFunction, field: string, code: string): string {
  return t([`fields.${field}.issues.${code}`, `issues.${code}`, "issues.generic"]);
}

/** The first issue of each field, keyed by the field's name (the issue path's first part). */
export function firstIssueByField(issues: FieldIssue[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (field !== undefined && byField[field] === undefined) byField[field] = issue.code;
  }
  return byField;
}
