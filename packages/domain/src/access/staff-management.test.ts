import { describe, expect, it } from "vitest";
import { staffRoles } from "./roles";
import { managesStaffAccount } from "./staff-management";

describe("managesStaffAccount()", () => {
  it("lets the administrator manage clerks but not the auditor, the security officer or another administrator", () => {
    expect(managesStaffAccount("ADMINISTRATOR", "SERVICE_POINT_CLERK")).toBe(true);
    expect(managesStaffAccount("ADMINISTRATOR", "AUDITOR")).toBe(false);
    expect(managesStaffAccount("ADMINISTRATOR", "SECURITY_OFFICER")).toBe(false);
    expect(managesStaffAccount("ADMINISTRATOR", "ADMINISTRATOR")).toBe(false);
  });

  it("lets the security officer manage only the privileged accounts", () => {
    expect(managesStaffAccount("SECURITY_OFFICER", "AUDITOR")).toBe(true);
    expect(managesStaffAccount("SECURITY_OFFICER", "COUNTY_CENTRE_CLERK")).toBe(false);
  });

  it("gives every other role no account to manage", () => {
    for (const role of staffRoles) {
      expect(managesStaffAccount("AUDITOR", role)).toBe(false);
      expect(managesStaffAccount("COUNTY_CENTRE_CLERK", role)).toBe(false);
    }
  });
});
