import { describe, expect, it } from "vitest";
import { hasPermission, permissions, rolePermissions } from "./permissions";
import { roles, staffRoles } from "./roles";

describe("rolePermissions", () => {
  it("lets every role keep its own session alive", () => {
    for (const role of roles) expect(rolePermissions[role]).toContain("session:extend");
  });

  it("names every permission resource:action", () => {
    for (const permission of permissions) expect(permission).toMatch(/^[a-z-]+:[a-z-]+$/);
  });
});

describe("hasPermission()", () => {
  it("lets the insured read their account but not staff pages", () => {
    expect(hasPermission("INSURED", "account:read")).toBe(true);
    expect(hasPermission("INSURED", "staff-session:read")).toBe(false);
    expect(hasPermission("INSURED", "application:list")).toBe(false);
  });

  it("lets every staff role read its own session and none read an insured's account", () => {
    for (const role of staffRoles) {
      expect(hasPermission(role, "staff-session:read")).toBe(true);
      expect(hasPermission(role, "account:read")).toBe(false);
      expect(hasPermission(role, "profile:update")).toBe(false);
    }
  });

  it("lets an employer's agent send files and work its batches, and nothing of the county's", () => {
    expect(hasPermission("EMPLOYER_AGENT", "upload:create")).toBe(true);
    expect(hasPermission("EMPLOYER_AGENT", "employer-batch:submit")).toBe(true);
    expect(hasPermission("EMPLOYER_AGENT", "second-factor:manage")).toBe(true);
    for (const permission of ["staff-session:read", "account:read", "card:apply"] as const) {
      expect(hasPermission("EMPLOYER_AGENT", permission)).toBe(false);
    }
    const batchWorkers = roles.filter((role) => hasPermission(role, "employer-batch:check"));
    expect(batchWorkers).toEqual(["EMPLOYER_AGENT"]);
  });

  it("gives the applications queue to service-point and county-centre clerks only", () => {
    const withQueue = roles.filter((role) => hasPermission(role, "application:list"));
    expect(withQueue).toEqual(["SERVICE_POINT_CLERK", "COUNTY_CENTRE_CLERK"]);
  });
});
