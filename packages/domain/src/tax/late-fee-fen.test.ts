import { describe, expect, it } from "vitest";
import { daysLate, lateFeeFen } from "./late-fee-fen";
import { premiumDueDate } from "./premium-due-date";

describe("premiumDueDate()", () => {
  it("falls on the 15th of the following month, across the year end", () => {
    expect(premiumDueDate("2026-10")).toBe("2026-11-15");
    expect(premiumDueDate("2026-12")).toBe("2027-01-15");
  });
});

describe("lateFeeFen()", () => {
  it("charges nothing on or before the due date", () => {
    expect(lateFeeFen({ amountFen: 86_000, dueDate: "2026-11-15", asOf: "2026-11-15" })).toBe(0);
    expect(lateFeeFen({ amountFen: 86_000, dueDate: "2026-11-15", asOf: "2026-11-01" })).toBe(0);
    expect(daysLate("2026-11-15", "2026-11-14")).toBe(0);
  });

  it("adds 0.05 % of the amount for each day after the due date", () => {
    // ¥860.00 owed, 10 days late: 860 × 0.0005 × 10 = ¥4.30.
    expect(lateFeeFen({ amountFen: 86_000, dueDate: "2026-11-15", asOf: "2026-11-25" })).toBe(430);
    expect(daysLate("2026-11-15", "2026-11-25")).toBe(10);
  });

  it("counts calendar days across months and a leap day, not compounded", () => {
    // 2028-02-15 → 2028-03-15 is 29 days in a leap year.
    expect(daysLate("2028-02-15", "2028-03-15")).toBe(29);
    expect(lateFeeFen({ amountFen: 100_000, dueDate: "2028-02-15", asOf: "2028-03-15" })).toBe(
      1_450,
    );
    // A year late is 365 × 0.05 % = 18.25 % of the amount, not more.
    expect(lateFeeFen({ amountFen: 100_000, dueDate: "2025-11-15", asOf: "2026-11-15" })).toBe(
      18_250,
    );
  });

  it("rounds half a fen up", () => {
    // 1,234 fen × 5 × 1 / 10,000 = 0.617 fen → 1 fen; 1,000 × 5 × 1 / 10,000 = 0.5 → 1.
    expect(lateFeeFen({ amountFen: 1_234, dueDate: "2026-11-15", asOf: "2026-11-16" })).toBe(1);
    expect(lateFeeFen({ amountFen: 1_000, dueDate: "2026-11-15", asOf: "2026-11-16" })).toBe(1);
    expect(lateFeeFen({ amountFen: 999, dueDate: "2026-11-15", asOf: "2026-11-16" })).toBe(0);
  });

  it("refuses an amount that is not whole fen", () => {
    expect(() => lateFeeFen({ amountFen: 1.5, dueDate: "2026-11-15", asOf: "2026-11-16" })).toThrow(
      RangeError,
    );
  });
});
