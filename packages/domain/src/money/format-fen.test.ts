import { describe, expect, it } from "vitest";
import { formatFen } from "./format-fen";

describe("formatFen()", () => {
  it("shows yuan with thousands separators and two decimals", () => {
    expect(formatFen(123456)).toBe("¥1,234.56");
    expect(formatFen(0)).toBe("¥0.00");
    expect(formatFen(5)).toBe("¥0.05");
    expect(formatFen(100000000)).toBe("¥1,000,000.00");
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe("¥90,071,992,547,409.91");
  });

  it("puts the minus sign before the yuan sign", () => {
    expect(formatFen(-1230)).toBe("-¥12.30");
  });

  it("rejects fractions, NaN, infinities and unsafe integers", () => {
    for (const value of [1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => formatFen(value)).toThrow(RangeError);
    }
  });
});
