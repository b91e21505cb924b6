import writeXlsxFile from "write-excel-file/browser";
import { fundIncomeFileName, fundIncomeSheet } from "./fund-income-sheet";
import { fundIncomeZhCN } from "./fund-income-texts";
import type { FundIncome } from "./fund-income-types";

/** Saves the fund's income report as an .xlsx file made in the browser; answers its name. */
export async function exportFundIncomeWorkbook(
  report: FundIncome,
  range: { from: string; to: string },
): Promise<string> {
  const fileName = fundIncomeFileName(range);
  await writeXlsxFile(fundIncomeSheet(report), {
    sheet: fundIncomeZhCN.heading,
    columns: [{ width: 14 }, ...Array.from({ length: 7 }, () => ({ width: 16 }))],
  }).toFile(fileName);
  return fileName;
}
