import Papa from "papaparse";
import { cellText } from "./cell-text";
import { plainDecimal } from "./plain-decimal";
import type { SpreadsheetCell, SpreadsheetRow } from "./spreadsheet-reading";

// How Excel writes a number in scientific format when it saves CSV ("5.30125E+17"): one digit,
// a point, and a signed exponent. A code that merely has an E between digits (a unified social
// credit code may) has no sign and is left as it is.
const excelScientific = /^[+-]?\d(?:\.\d+)?[eE][+-]\d{2,3}$/;

// ="0123": the formula people put in a CSV so that Excel keeps leading zeros and long digits;
// its value is the quoted text itself.
const textFormula = /^="(.*)"$/s;

function cellOf(raw: string): SpreadsheetCell {
  const text = cellText(raw);
  if (excelScientific.test(text)) {
    return { text: plainDecimal(text) ?? text, storedAsNumber: true };
  }
  const literal = textFormula.exec(text);
  if (literal) return { text: cellText(literal[1] ?? ""), storedAsNumber: false };
  return { text, storedAsNumber: false };
}

/**
 * A CSV file's records, numbered as a spreadsheet program shows them (a quoted field may span
 * lines but is one row). The delimiter is guessed between comma and tab: Excel's and WPS's
 * "text" exports are tab-separated. A cell is stored as a number only when Excel wrote it in
 * scientific format, the one trace a number leaves in CSV.
 */
export function readCsvSheet(
  text: string,
): { ok: true; rows: SpreadsheetRow[] } | { ok: false; code: "UNREADABLE" } {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: "",
    delimitersToGuess: [",", "\t"],
    skipEmptyLines: false,
  });
  // An unclosed quote swallows the rest of the file into one cell.
  if (parsed.errors.some((error) => error.type === "Quotes")) {
    return { ok: false, code: "UNREADABLE" };
  }
  return {
    ok: true,
    rows: parsed.data.map((record, index) => ({ row: index + 1, cells: record.map(cellOf) })),
  };
}
