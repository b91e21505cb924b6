import { describe, expect, it } from "vitest";
import { auditActionRequiresReason, auditActionSchema, auditActions } from "./audit-actions";

describe("auditActions", () => {
  it("are lower-case dotted codes, each once", () => {
    for (const action of auditActions) expect(action).toMatch(/^[a-z-]+\.[a-z-]+$/);
    expect(new Set(auditActions).size).toBe(auditActions.length);
  });

  it("refuse free strings", () => {
    expect(auditActionSchema.safeParse("auth.login").success).toBe(true);
    expect(auditActionSchema.safeParse("anything I like").success).toBe(false);
  });

  it("ask a reason for revealing a full ID number and resetting a second factor", () => {
    expect(auditActionRequiresReason("person.resident-id-revealed")).toBe(true);
    expect(auditActionRequiresReason("staff-user.second-factor-reset")).toBe(true);
    expect(auditActionRequiresReason("auth.login")).toBe(false);
  });
});
