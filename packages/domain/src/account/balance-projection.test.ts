import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { balanceProjection, type MonthFlow } from "./balance-projection";

function months(flows: Array<[credited: number, spent: number]>): MonthFlow[] {
  return flows.map(([creditedFen, spentFen], index) => ({
    month: `2026-${String(index + 1).padStart(2, "0")}`,
    creditedFen,
    spentFen,
  }));
}

describe("balanceProjection()", () => {
  it("says how many months the balance lasts when spending outruns the credits", () => {
    // 12 months of 172 credited and 672 spent: net 500 a month; 3,000 lasts 6 months.
    const flows = months(Array.from({ length: 12 }, () => [17_200, 67_200]));
    const projection = balanceProjection(300_000, flows);
    expect(projection).toMatchObject({
      outlook: "LASTS",
      monthsLeft: 6,
      averageMonthlyNetFen: 50_000,
    });
    expect(projection.projectedFen.slice(0, 3)).toEqual([250_000, 200_000, 150_000]);
    expect(projection.projectedFen.at(-1)).toBe(0);
  });

  it("says the balance is growing when the credits outrun the spending", () => {
    const flows = months([
      [17_200, 4_850],
      [17_200, 0],
      [17_200, 2_800],
    ]);
    expect(balanceProjection(362_010, flows)).toMatchObject({
      outlook: "GROWING",
      monthsLeft: null,
      projectedFen: [],
    });
  });

  it("says there is no spending yet when nothing was paid from the account", () => {
    expect(balanceProjection(17_200, months([[17_200, 0]]))).toMatchObject({
      outlook: "NO_SPENDING",
      monthsLeft: null,
    });
    expect(balanceProjection(0, [])).toMatchObject({ outlook: "NO_SPENDING" });
  });

  it("averages over the whole window: one big bill in a year is not a monthly habit", () => {
    // A sealed account (no credits) that paid 1,200 once: 100 a month, 600 lasts 6 months.
    const projection = balanceProjection(60_000, months([[0, 120_000]]));
    expect(projection).toMatchObject({
      outlook: "LASTS",
      monthsLeft: 6,
      averageMonthlyNetFen: 10_000,
    });
  });

  it("says an empty account lasts no months once it is spending", () => {
    expect(balanceProjection(0, months([[0, 1_000]]))).toMatchObject({
      outlook: "LASTS",
      monthsLeft: 0,
    });
  });

  it("holds its promises for any history", () => {
    const flow = fc.record({
      month: fc.constant("2026-01"),
      creditedFen: fc.integer({ min: 0, max: 2_000_000 }),
      spentFen: fc.integer({ min: 0, max: 2_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.array(flow, { maxLength: 12 }),
        (balance, flows) => {
          const result = balanceProjection(balance, flows);
          const spent = flows.reduce((sum, f) => sum + f.spentFen, 0);
          if (spent === 0) expect(result.outlook).toBe("NO_SPENDING");
          if (result.outlook === "LASTS") {
            const months = result.monthsLeft ?? -1;
            expect(result.averageMonthlyNetFen).toBeGreaterThan(0);
            // The balance covers monthsLeft months at the average, and not one more.
            expect(months * result.averageMonthlyNetFen).toBeLessThanOrEqual(balance);
            expect((months + 1) * result.averageMonthlyNetFen).toBeGreaterThan(balance);
            expect(result.projectedFen.every((fen) => fen >= 0 && fen <= balance)).toBe(true);
          } else {
            expect(result.monthsLeft).toBeNull();
            expect(result.projectedFen).toEqual([]);
          }
          // More spending never makes the balance last longer.
          const more = balanceProjection(balance, [
            ...flows,
            { month: "2026-02", creditedFen: 0, spentFen: 1_000 },
          ]);
          if (result.outlook === "LASTS" && more.outlook === "LASTS") {
            expect(more.monthsLeft ?? 0).toBeLessThanOrEqual(result.monthsLeft ?? 0);
          }
        },
      ),
    );
  });
});
