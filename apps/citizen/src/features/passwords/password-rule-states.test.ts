import { describe, expect, it } from "vitest";
import { passwordRuleStates } from "./password-rule-states";

// 张伟 of the demo county, born 1985-11-23.
const owner = { residentId: "530125198511230039", birthDate: "1985-11-23" };
const stateOf = (states: { code: string; met: boolean | null }[]) =>
  Object.fromEntries(states.map((state) => [state.code, state.met]));

describe("passwordRuleStates()", () => {
  it("ticks nothing before anything is typed", () => {
    expect(Object.values(stateOf(passwordRuleStates("", owner)))).toEqual(
      expect.not.arrayContaining([true]),
    );
  });

  it("ticks each rule that the password typed so far meets", () => {
    expect(stateOf(passwordRuleStates("Ab1", owner))).toMatchObject({
      TOO_SHORT: false,
      TOO_FEW_KINDS: true,
      CONTAINS_ID: true,
    });
    expect(stateOf(passwordRuleStates("Yunxi#River8", owner))).toEqual({
      TOO_SHORT: true,
      TOO_FEW_KINDS: true,
      COMMON: true,
      CONTAINS_ID: true,
      CONTAINS_BIRTH_DATE: true,
    });
  });

  it("finds the person's ID number and birth date in the password", () => {
    expect(stateOf(passwordRuleStates("Zw#230039", owner)).CONTAINS_ID).toBe(false);
    expect(stateOf(passwordRuleStates("Zw#19851123", owner)).CONTAINS_BIRTH_DATE).toBe(false);
  });

  it("leaves the ID rules to the server when the app does not know the number", () => {
    expect(stateOf(passwordRuleStates("Zw#230039", null))).toMatchObject({
      CONTAINS_ID: null,
      CONTAINS_BIRTH_DATE: null,
    });
  });

  it("lists the rules only the server checks last, unticked", () => {
    const states = passwordRuleStates("Yunxi#River8", null, ["REUSED", "SAME_AS_CURRENT"]);
    expect(states.slice(-2)).toEqual([
      { code: "REUSED", met: null },
      { code: "SAME_AS_CURRENT", met: null },
    ]);
  });
});
