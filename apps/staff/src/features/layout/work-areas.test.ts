import { describe, expect, it } from "vitest";
import { accountArea, homeFor, signOutKeys, workAreas, workAreasFor } from "./work-areas";

const paths = (role: Parameters<typeof workAreasFor>[0]) =>
  workAreasFor(role).map((area) => area.path);

describe("workAreasFor()", () => {
  it("gives the auditor the audit trail and nothing else", () => {
    expect(paths("AUDITOR")).toEqual(["/audit"]);
  });

  it("gives the administrator the staff accounts and the outbox, not the audit trail", () => {
    expect(paths("ADMINISTRATOR")).toEqual(["/staff-users", "/outbox"]);
  });

  it("gives the security officer the staff accounts only", () => {
    expect(paths("SECURITY_OFFICER")).toEqual(["/staff-users"]);
  });

  it("gives the counter clerks the login unlock, and the queue to those who process cards", () => {
    expect(paths("SERVICE_POINT_CLERK")).toEqual(["/applications", "/citizen-login"]);
    expect(paths("COUNTY_CENTRE_CLERK")).toEqual(["/applications", "/citizen-login"]);
    expect(paths("BUREAU_CLERK")).toEqual(["/citizen-login"]);
  });
});

describe("homeFor()", () => {
  it("starts each role at its first work area, or its account when it has none", () => {
    expect(homeFor("SERVICE_POINT_CLERK")).toBe("/applications");
    expect(homeFor("AUDITOR")).toBe("/audit");
    expect(homeFor("TAX_OFFICER")).toBe(accountArea.path);
  });
});

describe("workAreas", () => {
  it("have a shortcut each, none of them taken twice", () => {
    const keys = [...workAreas.map((area) => area.keys), accountArea.keys, signOutKeys];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
