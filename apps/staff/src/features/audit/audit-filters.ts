import { auditActionSchema, isoDateSchema, residentIdSchema, usernameSchema } from "@yibao/domain";
import { issuesFromParse } from "@yibao/ui";
import type { RouterInputs } from "../../api-types";

type FieldIssue = ReturnType<typeof issuesFromParse>[number];

export type AuditFilters = Omit<RouterInputs["staff"]["audit"]["search"], "cursor">;

export const auditFilterFields = ["residentId", "actor", "action", "from", "to"] as const;
export type AuditFilterField = (typeof auditFilterFields)[number];

type Schema = {
  safeParse(value: string): {
    success: boolean;
    data?: unknown;
    error?: { issues: readonly { code: string; message: string; path: readonly PropertyKey[] }[] };
  };
};

const schemas: Record<AuditFilterField, Schema> = {
  residentId: residentIdSchema,
  actor: usernameSchema,
  action: auditActionSchema,
  from: isoDateSchema,
  to: isoDateSchema,
};

/**
 * The filters as typed (empty means "any"), checked with the server's own schemas; a date range
 * that ends before it starts is refused as `to: RANGE_REVERSED`.
 */
export function readAuditFilters(typed: Record<AuditFilterField, string>): {
  filters: AuditFilters;
  issues: FieldIssue[];
} {
  const filters: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  for (const field of auditFilterFields) {
    const value = typed[field].trim();
    if (value === "") continue;
    const parsed = schemas[field].safeParse(value);
    if (parsed.success) filters[field] = parsed.data;
    else if (parsed.error) {
      for (const issue of issuesFromParse(parsed.error.issues)) {
        issues.push({ path: [field, ...issue.path], code: issue.code });
      }
    }
  }
  const { from, to } = filters;
  if (typeof from === "string" && typeof to === "string" && to < from) {
    issues.push({ path: ["to"], code: "RANGE_REVERSED" });
  }
  // Each present value has just passed the schema the server checks it with.
  return { filters: filters as AuditFilters, issues };
}
