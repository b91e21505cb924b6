import { describe, expect, it } from "vitest";
import { canAccessServicePoint, roleScope } from "./role-scope";

describe("roleScope", () => {
  it("keeps the insured to themselves and service-point clerks to their point", () => {
    expect(roleScope).toEqual({
      INSURED: "SELF",
      SERVICE_POINT_CLERK: "SERVICE_POINT",
      COUNTY_CENTRE_CLERK: "COUNTY",
      BUREAU_CLERK: "COUNTY",
      TAX_OFFICER: "COUNTY",
      ADMINISTRATOR: "COUNTY",
      SECURITY_OFFICER: "COUNTY",
      AUDITOR: "COUNTY",
      INSTITUTION_OPERATOR: "INSTITUTION",
      EMPLOYER_AGENT: "EMPLOYER",
    });
  });
});

describe("canAccessServicePoint()", () => {
  it("lets a service-point clerk reach their own point only", () => {
    const clerk = { role: "SERVICE_POINT_CLERK", ownServicePointId: "sp-1" } as const;
    expect(canAccessServicePoint(clerk, "sp-1")).toBe(true);
    expect(canAccessServicePoint(clerk, "sp-2")).toBe(false);
  });

  it("refuses a service-point clerk who belongs to no service point", () => {
    expect(
      canAccessServicePoint({ role: "SERVICE_POINT_CLERK", ownServicePointId: null }, "sp-1"),
    ).toBe(false);
  });

  it("lets county-wide roles reach every point", () => {
    expect(
      canAccessServicePoint({ role: "COUNTY_CENTRE_CLERK", ownServicePointId: null }, "sp-9"),
    ).toBe(true);
    expect(canAccessServicePoint({ role: "AUDITOR", ownServicePointId: "sp-1" }, "sp-9")).toBe(
      true,
    );
  });

  it("never lets an employer's agent reach a service point's work", () => {
    expect(
      canAccessServicePoint({ role: "EMPLOYER_AGENT", ownServicePointId: "sp-1" }, "sp-1"),
    ).toBe(false);
  });

  it("never lets the insured reach a service point's work", () => {
    expect(canAccessServicePoint({ role: "INSURED", ownServicePointId: "sp-1" }, "sp-1")).toBe(
      false,
    );
  });
});
