import { describe, expect, it } from "vitest";
import { fundIncomeRangeOf, fundIncomeRangeProblem } from "./fund-income-range";

describe("fundIncomeRangeProblem()", () => {
  it("accepts a range up to three years, as the API does", () => {
    expect(fundIncomeRangeProblem("2025-01", "2025-01")).toBeNull();
    expect(fundIncomeRangeProblem("2024-01", "2026-12")).toBeNull();
  });

  it("names what the API would refuse", () => {
    expect(fundIncomeRangeProblem("", "2025-01")).toBe("EMPTY");
    expect(fundIncomeRangeProblem("2025-02", "2025-01")).toBe("RANGE_REVERSED");
    expect(fundIncomeRangeProblem("2024-01", "2027-01")).toBe("RANGE_TOO_LONG");
  });
});

describe("fundIncomeRangeOf()", () => {
  it("reads the range from the address", () => {
    const params = new URLSearchParams({ from: "2025-06", to: "2026-05" });
    expect(fundIncomeRangeOf(params, "2026-07")).toEqual({ from: "2025-06", to: "2026-05" });
  });

  it("falls back to the twelve months up to this one", () => {
    expect(fundIncomeRangeOf(new URLSearchParams(), "2026-07")).toEqual({
      from: "2025-08",
      to: "2026-07",
    });
    const reversed = new URLSearchParams({ from: "2026-05", to: "2025-06" });
    expect(fundIncomeRangeOf(reversed, "2026-07").from).toBe("2025-08");
  });
});
