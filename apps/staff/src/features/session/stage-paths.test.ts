import { describe, expect, it } from "vitest";
import { stagePaths, stageRedirect } from "./stage-paths";

describe("stageRedirect()", () => {
  it("sends a session that must enrol a second factor to enrolment, from anywhere", () => {
    expect(stageRedirect("SECOND_FACTOR_ENROLMENT", "/applications", false)).toBe(
      stagePaths.SECOND_FACTOR_ENROLMENT,
    );
    expect(stageRedirect("SECOND_FACTOR_ENROLMENT", "/change-password", false)).toBe(
      stagePaths.SECOND_FACTOR_ENROLMENT,
    );
    expect(stageRedirect("SECOND_FACTOR_ENROLMENT", "/second-factor", false)).toBeNull();
  });

  it("sends a session that must change its password to the change-password page", () => {
    expect(stageRedirect("PASSWORD_CHANGE", "/account", false)).toBe("/change-password");
    expect(stageRedirect("PASSWORD_CHANGE", "/change-password", false)).toBeNull();
  });

  it("keeps the enrolment page while it shows the recovery codes, whatever the stage now is", () => {
    expect(stageRedirect("PASSWORD_CHANGE", "/second-factor", true)).toBeNull();
    expect(stageRedirect("FULL", "/second-factor", true)).toBeNull();
    expect(stageRedirect("PASSWORD_CHANGE", "/audit", true)).toBe("/change-password");
  });

  it("lets a full session go anywhere", () => {
    expect(stageRedirect("FULL", "/audit", false)).toBeNull();
  });
});
