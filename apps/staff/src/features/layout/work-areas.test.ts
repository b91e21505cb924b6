import { describe, expect, it } from "vitest";
import { accountArea, homeFor, signOutKeys, workAreas, workAreasFor } from "./work-areas";

const paths = (role: Parameters<typeof workAreasFor>[0]) =>
  workAreasFor(role).map((area) => area.path);

describe("workAreasFor()", () => {
  it("gives the auditor the audit trail, and the calendar, parameters and inbox everyone reads", () => {
    expect(paths("AUDITOR")).toEqual(["/audit", "/calendar", "/parameters", "/inbox"]);
  });

  it("gives the administrator the staff accounts, the outbox, the calendar, the parameters and the failures, not the audit trail", () => {
    expect(paths("ADMINISTRATOR")).toEqual([
      "/staff-users",
      "/outbox",
      "/deliveries",
      "/jobs",
      "/calendar",
      "/parameters",
      "/inbox",
    ]);
  });

  it("gives the security officer the staff accounts, and what everyone reads", () => {
    expect(paths("SECURITY_OFFICER")).toEqual([
      "/staff-users",
      "/calendar",
      "/parameters",
      "/inbox",
    ]);
  });

  it("gives the counter clerks the login unlock, and the queue to those who process cards", () => {
    const everyone = ["/calendar", "/parameters", "/inbox"];
    expect(paths("SERVICE_POINT_CLERK")).toEqual([
      "/applications",
      "/citizen-login",
      "/dashboard",
      ...everyone,
    ]);
    expect(paths("COUNTY_CENTRE_CLERK")).toEqual([
      "/applications",
      "/employer-batches",
      "/citizen-login",
      "/dashboard",
      "/follow-ups",
      "/deliveries",
      ...everyone,
    ]);
    expect(paths("BUREAU_CLERK")).toEqual(["/balance-inquiry", "/citizen-login", ...everyone]);
  });

  it("gives the tax officer payer registration, collections, arrears, supervision and the fund's income", () => {
    expect(paths("TAX_OFFICER")).toEqual([
      "/payers",
      "/collections",
      "/arrears",
      "/supervision",
      "/fund-income",
      "/calendar",
      "/parameters",
      "/inbox",
    ]);
  });

  it("gives a designated institution's operator its till and nothing of the county's work", () => {
    expect(paths("INSTITUTION_OPERATOR")).toEqual(["/settlement"]);
  });
});

describe("homeFor()", () => {
  it("starts each role at its first work area, or its account when it has none", () => {
    expect(homeFor("SERVICE_POINT_CLERK")).toBe("/applications");
    expect(homeFor("AUDITOR")).toBe("/audit");
    expect(homeFor("TAX_OFFICER")).toBe("/payers");
    expect(homeFor("INSTITUTION_OPERATOR")).toBe("/settlement");
    expect(homeFor("BUREAU_CLERK")).toBe("/balance-inquiry");
  });
});

describe("workAreas", () => {
  it("never give two areas the same shortcut", () => {
    const keys = [
      ...workAreas.flatMap((area) => (area.keys ? [area.keys] : [])),
      accountArea.keys,
      signOutKeys,
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
