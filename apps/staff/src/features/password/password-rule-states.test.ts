import { describe, expect, it } from "vitest";
import { passwordRuleStates } from "./password-rule-states";

const met = (newPassword: string, currentPassword = "") =>
  Object.fromEntries(
    passwordRuleStates(newPassword, currentPassword).map((rule) => [rule.code, rule.met]),
  );

describe("passwordRuleStates()", () => {
  it("ticks nothing before anything is typed", () => {
    expect(met("")).toMatchObject({ TOO_SHORT: false, TOO_FEW_KINDS: false, COMMON: false });
  });

  it("ticks the rules a good password meets as it is typed", () => {
    expect(met("Kx7#", "Yibao@2026")).toMatchObject({
      TOO_SHORT: false,
      TOO_FEW_KINDS: true,
      SAME_AS_CURRENT: true,
    });
    expect(met("Kx7#mPq2vL", "Yibao@2026")).toMatchObject({
      TOO_SHORT: true,
      TOO_FEW_KINDS: true,
      COMMON: true,
      SAME_AS_CURRENT: true,
    });
  });

  it("catches a common password and the current one again", () => {
    expect(met("Password123!")).toMatchObject({ COMMON: false });
    expect(met("Yibao@2026", "Yibao@2026")).toMatchObject({ SAME_AS_CURRENT: false });
  });

  it("leaves the rules only the server can check open", () => {
    expect(met("Kx7#mPq2vL")).toMatchObject({ CONTAINS_ID: null, REUSED: null });
  });
});
