import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter } from "./credit-code-check-character";

describe("creditCodeCheckCharacter()", () => {
  it("computes the published check characters", () => {
    expect(creditCodeCheckCharacter("91350100M000100Y4")).toBe("3");
    expect(creditCodeCheckCharacter("91330100799655058")).toBe("B");
  });

  it("writes a check value of 31 as 0", () => {
    expect(creditCodeCheckCharacter("00000000000000000")).toBe("0");
    // "1" × weight 1 + "A" (10) × weight 3 = 31, so the sum mod 31 is 0 again.
    expect(creditCodeCheckCharacter("1A000000000000000")).toBe("0");
  });

  it("refuses characters outside GB 32100-2015 and wrong lengths", () => {
    expect(() => creditCodeCheckCharacter("91350100I000100Y4")).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter("91350100M000100Y")).toThrow(RangeError);
  });
});
