import { batchColumnHeaders, spreadsheetSafeText } from "@yibao/domain";
import type { CellObject, SheetData } from "write-excel-file/browser";
import type { InvalidRow } from "./batch-report-types";

export interface ErrorFileWords {
  rowHeader: string;
  problemHeader: string;
  /** One row's problems in a sentence. */
  problemsOf: (row: InvalidRow) => string;
}

/**
 * Every cell as text, escaped: a cell of the employer's own file that starts with = + - @ must
 * not become a formula in the error file (CSV injection); the ID and mobile columns are text so
 * that the numbers keep their digits.
 */
const safeText = (value: string): CellObject => ({
  type: String,
  value: spreadsheetSafeText(value),
  format: "@",
});

/**
 * The error file of a batch: each invalid row with its number in the employer's sheet, its cells
 * as the file had them (when the server sent them) and every reason in words, under the
 * template's own headers, so that a fixed row can be copied back into the template.
 */
export function batchErrorRows(rows: readonly InvalidRow[], words: ErrorFileWords): SheetData {
  const header = [
    words.rowHeader,
    batchColumnHeaders.NAME,
    batchColumnHeaders.RESIDENT_ID,
    batchColumnHeaders.PHONE,
    batchColumnHeaders.SERVICE_POINT,
    words.problemHeader,
  ].map((text) => ({ ...safeText(text), fontWeight: "bold" as const }));
  return [
    header,
    ...rows.map((row) => [
      { type: Number, value: row.row },
      safeText(row.cells?.name ?? ""),
      safeText(row.cells?.residentId ?? ""),
      safeText(row.cells?.phone ?? ""),
      safeText(row.cells?.servicePoint ?? ""),
      safeText(words.problemsOf(row)),
    ]),
  ];
}
