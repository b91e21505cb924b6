import { describe, expect, it } from "vitest";
import { addMonths } from "../months/add-months";
import { budgetProposal } from "./budget-proposal";

/** `count` months from `from`, the n-th collecting `first + n × step`. */
function series(from: string, count: number, first: number, step: number) {
  return Array.from({ length: count }, (_, n) => ({
    month: addMonths(from, n),
    fen: first + n * step,
  }));
}

describe("budgetProposal()", () => {
  it("carries a steady rise through the budget year, month by month", () => {
    // Collections of 2025-11 … 2026-10 rise by ¥100 a month from ¥10,000; November is not over.
    const proposal = budgetProposal({
      budgetYear: 2027,
      thisMonth: "2026-11",
      collected: series("2025-11", 12, 1_000_000, 10_000),
    });
    expect(proposal.method).toBe("LINEAR_TREND");
    expect(proposal.basis).toEqual({ from: "2025-11", to: "2026-10", months: 12 });
    expect(proposal.trend.slopeFenPerMonth).toBe(10_000);
    // 2026-10 is x = 11 at ¥11,100; January 2027 is x = 14.
    expect(proposal.proposal.months[0]).toEqual({ month: "2027-01", fen: 1_140_000 });
    expect(proposal.proposal.months[11]).toEqual({ month: "2027-12", fen: 1_250_000 });
    expect(proposal.proposal.totalFen).toBe(12 * 1_140_000 + (10_000 * (11 * 12)) / 2);
    // 2026: ten months collected, November and December from the line.
    expect(proposal.actuals).toHaveLength(10);
    const collected2026 = series("2025-11", 12, 1_000_000, 10_000)
      .filter((row) => row.month.startsWith("2026"))
      .reduce((total, row) => total + row.fen, 0);
    expect(proposal.baseYearEstimateFen).toBe(collected2026 + 1_120_000 + 1_130_000);
    expect(proposal.changeBasisPoints).toBeGreaterThan(0);
  });

  it("proposes a single month's amount for every month when that is all there is", () => {
    const proposal = budgetProposal({
      budgetYear: 2027,
      thisMonth: "2026-11",
      collected: [{ month: "2026-10", fen: 500_000 }],
    });
    expect(proposal.method).toBe("AVERAGE");
    expect(proposal.basis).toEqual({ from: "2026-10", to: "2026-10", months: 1 });
    expect(proposal.proposal.totalFen).toBe(12 * 500_000);
  });

  it("proposes nothing from nothing, and never a month below zero", () => {
    expect(budgetProposal({ budgetYear: 2027, thisMonth: "2026-11", collected: [] })).toMatchObject(
      { method: "NO_DATA", basis: null, proposal: { totalFen: 0 }, changeBasisPoints: null },
    );
    const falling = budgetProposal({
      budgetYear: 2027,
      thisMonth: "2026-11",
      collected: series("2025-11", 12, 1_000_000, -90_000),
    });
    expect(falling.proposal.months.every((row) => row.fen >= 0)).toBe(true);
    expect(falling.proposal.months.at(-1)?.fen).toBe(0);
  });

  it("takes a closed base year whole", () => {
    const proposal = budgetProposal({
      budgetYear: 2026,
      thisMonth: "2026-11",
      collected: series("2025-01", 22, 100_000, 0),
    });
    expect(proposal.basis).toEqual({ from: "2025-01", to: "2025-12", months: 12 });
    expect(proposal.actuals).toHaveLength(12);
    expect(proposal.proposal.totalFen).toBe(1_200_000);
  });
});
