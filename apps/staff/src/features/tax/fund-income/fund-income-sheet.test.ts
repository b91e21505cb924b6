import { describe, expect, it } from "vitest";
import { fundIncomeFileName, fundIncomeSheet } from "./fund-income-sheet";
import type { FundIncome } from "./fund-income-types";

const month = (name: string, fen: number) => ({
  month: name,
  employeeFen: fen,
  employerFen: fen * 4,
  residentFen: 0,
  collectedFen: fen * 5,
  creditedFen: fen,
  pooledFen: fen * 4,
  arrearsFen: 0,
});

const report: FundIncome = {
  asOf: "2026-02-10",
  months: [month("2025-12", 12_345), month("2026-01", 100)],
  years: [
    { year: 2025, ...month("", 12_345) },
    { year: 2026, ...month("", 100) },
  ],
  total: { ...month("", 12_445) },
};

describe("fundIncomeSheet()", () => {
  it("has the page's columns in Chinese, a row a month, then each year's totals and the total", () => {
    const sheet = fundIncomeSheet(report);
    expect(sheet[0]?.map((cell) => cell.value)).toEqual([
      "月份",
      "职工个人缴费",
      "单位缴费",
      "城乡居民缴费",
      "征收合计",
      "划入个人账户",
      "划入统筹基金",
      "欠费（未征收）",
    ]);
    expect(sheet.map((row) => row[0]?.value)).toEqual([
      "月份",
      "2025-12",
      "2026-01",
      "2025年合计",
      "2026年合计",
      "合计",
    ]);
  });

  it("has no year's total when the months lie in one year: it would repeat the total", () => {
    const oneYear: FundIncome = {
      ...report,
      months: [month("2026-01", 100), month("2026-02", 200)],
      years: [{ year: 2026, ...month("", 300) }],
      total: { ...month("", 300) },
    };
    expect(fundIncomeSheet(oneYear).map((row) => row[0]?.value)).toEqual([
      "月份",
      "2026-01",
      "2026-02",
      "合计",
    ]);
  });

  it("writes amounts as yuan to the fen, formatted as money", () => {
    const december = fundIncomeSheet(report)[1];
    expect(december?.[1]).toEqual({ value: 123.45, format: "#,##0.00" });
    expect(december?.[4]).toEqual({ value: 617.25, format: "#,##0.00" });
  });

  it("names the file after the report and its months", () => {
    expect(fundIncomeFileName({ from: "2025-03", to: "2026-02" })).toBe(
      "基金收入-2025-03至2026-02.xlsx",
    );
  });
});
