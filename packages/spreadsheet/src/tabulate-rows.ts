import type { SpreadsheetFormat, SpreadsheetReading, SpreadsheetRow } from "./spreadsheet-reading";

export interface TableRules {
  maxRows: number;
  instructionMarkers: readonly string[];
}

/** The number of cells up to the last one that holds text. */
function usedWidth(row: SpreadsheetRow): number {
  let width = row.cells.length;
  while (width > 0 && row.cells[width - 1]?.text === "") width--;
  return width;
}

/**
 * A sheet's rows as a table: blank rows and instructions rows (whose first cell starts with a
 * marker, like the employer template's 填写说明) are skipped; the first row left is the header;
 * every row is cut or padded to the widest row, so that a column index means one thing.
 */
export function tabulateRows(
  format: SpreadsheetFormat,
  lines: readonly SpreadsheetRow[],
  rules: TableRules,
): SpreadsheetReading {
  const isInstructions = (line: SpreadsheetRow) => {
    const first = line.cells[0]?.text ?? "";
    return rules.instructionMarkers.some((marker) => first.startsWith(marker));
  };
  const kept: SpreadsheetRow[] = [];
  for (const line of lines) {
    if (usedWidth(line) === 0 || isInstructions(line)) continue;
    kept.push(line);
    // The header and then one row over the limit are enough to know.
    if (kept.length > rules.maxRows + 1) return { ok: false, code: "TOO_MANY_ROWS" };
  }
  const [headerLine, ...rows] = kept;
  if (headerLine === undefined || rows.length === 0) return { ok: false, code: "EMPTY_SHEET" };

  const width = kept.reduce((widest, line) => Math.max(widest, usedWidth(line)), 0);
  const fitted = (line: SpreadsheetRow) =>
    Array.from({ length: width }, (_, index) => ({
      text: line.cells[index]?.text ?? "",
      storedAsNumber: line.cells[index]?.storedAsNumber ?? false,
    }));
  return {
    ok: true,
    format,
    header: fitted(headerLine).map((cell) => cell.text),
    headerRow: headerLine.row,
    rows: rows.map((line) => ({ row: line.row, cells: fitted(line) })),
  };
}
