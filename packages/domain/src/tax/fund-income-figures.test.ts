import { describe, expect, it } from "vitest";
import { finalAccounts } from "./final-accounts";
import { fundIncomeFigures } from "./fund-income-figures";

describe("fundIncomeFigures()", () => {
  const figures = fundIncomeFigures({
    from: "2025-12",
    to: "2026-02",
    premiums: [
      { month: "2025-12", employeeFen: 17_200, employerFen: 68_800 },
      { month: "2025-12", employeeFen: 45_000, employerFen: 0 },
      { month: "2026-02", employeeFen: 17_200, employerFen: 68_800 },
    ],
    resident: [{ month: "2025-12", fen: 40_000 }],
    credited: [
      { month: "2025-12", fen: 26_200 },
      { month: "2026-02", fen: 17_200 },
    ],
    arrears: [{ month: "2026-01", fen: 86_000 }],
  });

  it("gives every month, the pooled fund being what was not credited", () => {
    expect(figures.months.map((row) => row.month)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(figures.months[0]).toEqual({
      month: "2025-12",
      employeeFen: 62_200,
      employerFen: 68_800,
      residentFen: 40_000,
      collectedFen: 171_000,
      creditedFen: 26_200,
      pooledFen: 144_800,
      arrearsFen: 0,
    });
    expect(figures.months[1]).toMatchObject({ collectedFen: 0, arrearsFen: 86_000 });
  });

  it("totals each calendar year and the whole span", () => {
    expect(figures.years.map((row) => [row.year, row.collectedFen])).toEqual([
      [2025, 171_000],
      [2026, 86_000],
    ]);
    expect(figures.total).toMatchObject({ collectedFen: 257_000, creditedFen: 43_400 });
    expect(figures.total.collectedFen).toBe(figures.total.creditedFen + figures.total.pooledFen);
  });
});

describe("finalAccounts()", () => {
  const year = (y: number, employeeFen: number) =>
    fundIncomeFigures({
      from: `${y}-01`,
      to: `${y}-12`,
      premiums: [{ month: `${y}-03`, employeeFen, employerFen: employeeFen * 4 }],
      resident: [],
      credited: [{ month: `${y}-03`, fen: employeeFen }],
      arrears: [],
    }).months;

  it("totals the closed year, compares it with the year before and divides it by part", () => {
    const accounts = finalAccounts(2026, year(2026, 22_000), year(2025, 20_000));
    expect(accounts.totals).toMatchObject({ collectedFen: 110_000, pooledFen: 88_000 });
    expect(accounts.changeBasisPoints.collectedFen).toBe(1_000);
    expect(accounts.sharesBasisPoints).toEqual({
      employee: 2_000,
      employer: 8_000,
      resident: 0,
      pooled: 8_000,
    });
    expect(accounts.changeBasisPoints.arrearsFen).toBeNull();
  });
});
