import { describe, expect, it } from "vitest";
import { assessedPremium } from "./assessed-premium";
import { monthsOwed } from "./months-owed";

describe("monthsOwed()", () => {
  it("lists the registered months without a collection, up to the month asked", () => {
    expect(
      monthsOwed({
        periods: [{ fromMonth: "2026-06", toMonth: null }],
        paidMonths: ["2026-06", "2026-08"],
        upTo: "2026-10",
      }),
    ).toEqual(["2026-07", "2026-09", "2026-10"]);
  });

  it("stops at a period's end and counts overlapping periods once", () => {
    expect(
      monthsOwed({
        periods: [
          { fromMonth: "2025-11", toMonth: "2026-01" },
          { fromMonth: "2025-12", toMonth: "2026-02" },
        ],
        paidMonths: [],
        upTo: "2026-10",
      }),
    ).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("owes nothing for a period that starts after the month asked", () => {
    expect(
      monthsOwed({
        periods: [{ fromMonth: "2027-01", toMonth: null }],
        paidMonths: [],
        upTo: "2026-12",
      }),
    ).toEqual([]);
  });
});

describe("assessedPremium()", () => {
  it("is the wage base times each part's rate, rounded to the fen", () => {
    expect(
      assessedPremium(860_000, {
        EMPLOYER_PREMIUM_BASIS_POINTS: 800,
        EMPLOYEE_PREMIUM_BASIS_POINTS: 200,
      }),
    ).toEqual({ personalFen: 17_200, employerFen: 68_800, totalFen: 86_000 });
    // ¥4,000.25 × 2 % = ¥80.005 → ¥80.01; × 8 % = ¥320.02.
    expect(
      assessedPremium(400_025, {
        EMPLOYER_PREMIUM_BASIS_POINTS: 800,
        EMPLOYEE_PREMIUM_BASIS_POINTS: 200,
      }),
    ).toEqual({ personalFen: 8_001, employerFen: 32_002, totalFen: 40_003 });
  });
});
