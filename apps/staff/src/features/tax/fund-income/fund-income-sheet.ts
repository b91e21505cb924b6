import { spreadsheetSafeText } from "@yibao/domain";
import { fundIncomeZhCN } from "./fund-income-texts";
import {
  type FundIncome,
  type FundIncomeTotals,
  fundIncomeFigureNames,
  yearTotalsOf,
} from "./fund-income-types";

/** A cell of the export: text (made safe: nothing becomes a formula), or an amount in yuan. */
export type FundIncomeSheetCell =
  | { value: string; fontWeight?: "bold" }
  | { value: number; format: string; fontWeight?: "bold" };

// Yuan with two decimals and thousands grouped, as the page shows them (without the ¥).
const yuanFormat = "#,##0.00";

const text = (value: string, bold = false): FundIncomeSheetCell => ({
  value: spreadsheetSafeText(value),
  ...(bold ? { fontWeight: "bold" as const } : {}),
});

/**
 * Integer fen as the yuan amount a spreadsheet sums: whole fen divided by 100 is the nearest
 * double to the decimal amount, and the cell's format shows it back to the fen.
 */
const yuan = (fen: number, bold = false): FundIncomeSheetCell => ({
  value: fen / 100,
  format: yuanFormat,
  ...(bold ? { fontWeight: "bold" as const } : {}),
});

/**
 * The report as a sheet: the page's table (one row a month, the same columns in the same order),
 * then each year's totals (when it spans more than one) and the whole span's; headers in Chinese whatever the interface language
 * (the county files in zh-CN). Every text cell goes through `spreadsheetSafeText`.
 */
export function fundIncomeSheet(report: FundIncome): FundIncomeSheetCell[][] {
  const { figures, table } = fundIncomeZhCN;
  const figuresOf = (totals: FundIncomeTotals, bold = false) =>
    fundIncomeFigureNames.map((name) => yuan(totals[name], bold));
  return [
    [text(table.month, true), ...fundIncomeFigureNames.map((name) => text(figures[name], true))],
    ...report.months.map((row) => [text(row.month), ...figuresOf(row)]),
    ...yearTotalsOf(report).map((row) => [
      text(table.yearTotal.replace("{{year}}", String(row.year)), true),
      ...figuresOf(row, true),
    ]),
    [text(table.total, true), ...figuresOf(report.total, true)],
  ];
}

/** 基金收入-2025-06至2026-05.xlsx */
export function fundIncomeFileName(range: { from: string; to: string }): string {
  return `${fundIncomeZhCN.heading}-${range.from}至${range.to}.xlsx`;
}
