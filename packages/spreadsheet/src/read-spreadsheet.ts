import { decodeText } from "./decode-text";
import { readCsvSheet } from "./read-csv-sheet";
import { readXlsxSheet } from "./read-xlsx-sheet";
import { sniffContent } from "./sniff-content";
import type { SpreadsheetReading } from "./spreadsheet-reading";
import { tabulateRows } from "./tabulate-rows";
import { unpackWorkbook } from "./unpack-workbook";

export interface ReadSpreadsheetOptions {
  /**
   * The uploaded file's name. Not used to choose the format: the bytes decide, so an .xlsx named
   * .csv (or the reverse) is read for what it is, and a PDF named .xlsx is refused.
   */
  fileName?: string;
  /** The largest file accepted, in bytes. */
  maxBytes?: number;
  /** The most data rows (below the header, blank and instructions rows not counted). */
  maxRows?: number;
  /** The most that an .xlsx's zip entries may inflate to, together. */
  maxInflatedBytes?: number;
  /** A row whose first cell starts with one of these is instructions, skipped like a blank row. */
  instructionMarkers?: readonly string[];
}

/** The limits when the caller names none; both callers' real files are far below them. */
export const defaultSpreadsheetLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 100_000,
  maxInflatedBytes: 100 * 1024 * 1024,
} as const;

/**
 * Reads the first worksheet of an .xlsx, or a CSV file, that someone outside sent — checking the
 * bytes before any parser sees them. Every cell comes back as text (see `SpreadsheetCell`);
 * merged and hidden cells are read as stored; other worksheets are not read (only scanned for
 * formulas). Known problems are answered as a code, never thrown.
 */
export async function readSpreadsheet(
  bytes: Uint8Array,
  options: ReadSpreadsheetOptions = {},
): Promise<SpreadsheetReading> {
  const maxBytes = options.maxBytes ?? defaultSpreadsheetLimits.maxBytes;
  const rules = {
    maxRows: options.maxRows ?? defaultSpreadsheetLimits.maxRows,
    instructionMarkers: options.instructionMarkers ?? [],
  };
  if (bytes.byteLength > maxBytes) return { ok: false, code: "TOO_LARGE" };

  switch (sniffContent(bytes)) {
    case "zip": {
      const workbook = await unpackWorkbook(bytes, {
        maxInflatedBytes: options.maxInflatedBytes ?? defaultSpreadsheetLimits.maxInflatedBytes,
      });
      if (!workbook.ok) return workbook;
      const sheet = await readXlsxSheet(workbook.parts);
      return sheet.ok ? tabulateRows("xlsx", sheet.rows, rules) : sheet;
    }
    case "ole2":
      return { ok: false, code: "OLD_XLS" };
    case "encrypted-ooxml":
      return { ok: false, code: "ENCRYPTED" };
    case "not-a-spreadsheet":
      return { ok: false, code: "NOT_A_SPREADSHEET" };
    case "text": {
      const decoded = decodeText(bytes);
      if (!decoded.ok) return decoded;
      const sheet = readCsvSheet(decoded.text);
      return sheet.ok ? tabulateRows("csv", sheet.rows, rules) : sheet;
    }
  }
}
