import { describe, expect, it } from "vitest";
import { isOpenAtStage, sessionStageFor } from "./session-stages";

describe("sessionStageFor()", () => {
  it("asks for the second factor first, then the password change", () => {
    expect(sessionStageFor({ needsSecondFactorEnrolment: true, mustChangePassword: true })).toBe(
      "SECOND_FACTOR_ENROLMENT",
    );
    expect(sessionStageFor({ needsSecondFactorEnrolment: false, mustChangePassword: true })).toBe(
      "PASSWORD_CHANGE",
    );
    expect(sessionStageFor({ needsSecondFactorEnrolment: false, mustChangePassword: false })).toBe(
      "FULL",
    );
  });
});

describe("isOpenAtStage()", () => {
  it("opens only enrolment to a session that still owes its second factor", () => {
    expect(isOpenAtStage("SECOND_FACTOR_ENROLMENT", "second-factor:enrol")).toBe(true);
    expect(isOpenAtStage("SECOND_FACTOR_ENROLMENT", "application:list")).toBe(false);
    expect(isOpenAtStage("SECOND_FACTOR_ENROLMENT", "password:change")).toBe(false);
    expect(isOpenAtStage("PASSWORD_CHANGE", "password:change")).toBe(true);
    expect(isOpenAtStage("PASSWORD_CHANGE", "audit:read")).toBe(false);
    expect(isOpenAtStage("FULL", "audit:read")).toBe(true);
  });
});
