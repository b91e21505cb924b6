import { describe, expect, it } from "vitest";
import { type StaffUserTarget, staffUserActions } from "./staff-user-actions";

const clerk: StaffUserTarget = {
  role: "SERVICE_POINT_CLERK",
  locked: false,
  secondFactorEnrolled: true,
};
const auditor: StaffUserTarget = { role: "AUDITOR", locked: false, secondFactorEnrolled: true };

describe("staffUserActions()", () => {
  it("lets the administrator reset and deactivate a clerk's account", () => {
    expect(staffUserActions("ADMINISTRATOR", clerk)).toEqual([
      "resetPassword",
      "resetSecondFactor",
      "setActive",
    ]);
  });

  it("gives the administrator nothing to do on the auditor's account", () => {
    expect(staffUserActions("ADMINISTRATOR", auditor)).toEqual([]);
  });

  it("lets the security officer reset the privileged accounts and grant roles to all", () => {
    expect(staffUserActions("SECURITY_OFFICER", auditor)).toEqual([
      "resetPassword",
      "resetSecondFactor",
      "grantRole",
    ]);
    expect(staffUserActions("SECURITY_OFFICER", clerk)).toEqual(["grantRole"]);
  });

  it("offers to unlock only a locked account, and to reset a second factor only an enrolled one", () => {
    expect(staffUserActions("SECURITY_OFFICER", { ...clerk, locked: true })).toEqual([
      "unlock",
      "grantRole",
    ]);
    expect(staffUserActions("ADMINISTRATOR", { ...clerk, secondFactorEnrolled: false })).toEqual([
      "resetPassword",
      "setActive",
    ]);
  });

  it("gives the other roles nothing", () => {
    expect(staffUserActions("AUDITOR", clerk)).toEqual([]);
    expect(staffUserActions("COUNTY_CENTRE_CLERK", clerk)).toEqual([]);
  });
});
