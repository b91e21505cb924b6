import type { SpreadsheetProblemCode } from "./spreadsheet-problem-codes";

/**
 * One cell, always as text. `storedAsNumber` says the sheet stored a number (or a date, which
 * .xlsx stores as a number), so that a caller can refuse an ID column that Excel turned into a
 * number: an 18-digit ID kept as a number has already lost its last digits.
 */
export interface SpreadsheetCell {
  text: string;
  storedAsNumber: boolean;
}

/** A data row, numbered as the spreadsheet program shows it (the header is usually row 1). */
export interface SpreadsheetRow {
  row: number;
  cells: SpreadsheetCell[];
}

export type SpreadsheetFormat = "xlsx" | "csv";

/**
 * What `readSpreadsheet` answers. On success `header` and every row's `cells` have the same
 * length: the sheet's width up to its last non-empty column.
 */
export type SpreadsheetReading =
  | {
      ok: true;
      format: SpreadsheetFormat;
      header: string[];
      headerRow: number;
      rows: SpreadsheetRow[];
    }
  | { ok: false; code: SpreadsheetProblemCode };
