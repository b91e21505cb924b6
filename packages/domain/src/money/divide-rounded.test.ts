import { describe, expect, it } from "vitest";
import { divideRounded } from "./divide-rounded";

describe("divideRounded()", () => {
  it("rounds half away from zero", () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(7n, 3n)).toBe(2n);
    expect(divideRounded(-7n, 3n)).toBe(-2n);
    expect(divideRounded(0n, 9n)).toBe(0n);
  });

  it("refuses a denominator that is not positive", () => {
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
  });
});
