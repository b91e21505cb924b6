import { describe, expect, it } from "vitest";
import { residentIdCheckCharacter } from "./resident-id-check-character";

describe("residentIdCheckCharacter()", () => {
  it("gives X for the GB 11643-1999 example 11010519491231002X", () => {
    expect(residentIdCheckCharacter("11010519491231002")).toBe("X");
  });

  it("gives 7 for an 1880 birth 110105188001010017", () => {
    expect(residentIdCheckCharacter("11010518800101001")).toBe("7");
  });

  it("refuses anything but 17 digits", () => {
    expect(() => residentIdCheckCharacter("1101051949123100")).toThrow(RangeError);
    expect(() => residentIdCheckCharacter("1101051949123100X")).toThrow(RangeError);
  });
});
