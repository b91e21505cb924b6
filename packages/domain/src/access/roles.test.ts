import { describe, expect, it } from "vitest";
import { employerRoles, isStaffRole, roleSchema, roles, staffRoles } from "./roles";

describe("staffRoles", () => {
  it("holds every role but INSURED and the employer's agent", () => {
    expect([...staffRoles].sort()).toEqual(
      roles.filter((role) => role !== "INSURED" && role !== "EMPLOYER_AGENT").sort(),
    );
    expect(employerRoles).toEqual(["EMPLOYER_AGENT"]);
  });
});

describe("isStaffRole()", () => {
  it("is false for the insured and for unknown strings", () => {
    expect(isStaffRole("COUNTY_CENTRE_CLERK")).toBe(true);
    expect(isStaffRole("INSURED")).toBe(false);
    expect(isStaffRole("EMPLOYER_AGENT")).toBe(false);
    expect(isStaffRole("ROOT")).toBe(false);
  });
});

describe("roleSchema", () => {
  it("rejects a role that does not exist", () => {
    expect(roleSchema.safeParse("AUDITOR").success).toBe(true);
    expect(roleSchema.safeParse("auditor").success).toBe(false);
  });
});
