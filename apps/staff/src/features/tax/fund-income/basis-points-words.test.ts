import { describe, expect, it } from "vitest";
import { basisPointsWords } from "./basis-points-words";

describe("basisPointsWords()", () => {
  it("writes basis points as a percentage with two decimals, never through floating point", () => {
    expect(basisPointsWords(1234)).toBe("12.34%");
    expect(basisPointsWords(5)).toBe("0.05%");
    expect(basisPointsWords(10_000)).toBe("100.00%");
  });

  it("signs a change when asked, and a fall always", () => {
    expect(basisPointsWords(500, { signed: true })).toBe("+5.00%");
    expect(basisPointsWords(-50, { signed: true })).toBe("-0.50%");
    expect(basisPointsWords(-50)).toBe("-0.50%");
    expect(basisPointsWords(0, { signed: true })).toBe("0.00%");
  });
});
