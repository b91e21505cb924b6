import { zipSync } from "fflate";
import {
  InvalidInputError,
  InvalidSpreadsheetError,
  readSheet,
  SheetNotFoundError,
} from "read-excel-file/node";
import { cellText } from "./cell-text";
import { plainDecimal } from "./plain-decimal";
import type { SpreadsheetCell, SpreadsheetRow } from "./spreadsheet-reading";

/** A numeric cell's value exactly as the XML stores it, before anything rounds it. */
class StoredNumber {
  constructor(readonly text: string) {}
}

/**
 * A date cell as ISO 8601 text: `2024-01-31`, or `2024-01-31 08:30:00` when it has a time of
 * day. read-excel-file gives the sheet's wall-clock time in UTC fields, so they are read as UTC;
 * the time is rounded to the second because a day fraction in binary is not exact.
 */
function dateText(date: Date): string {
  const iso = new Date(Math.round(date.getTime() / 1000) * 1000).toISOString();
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

function cellOf(value: unknown): SpreadsheetCell {
  if (value instanceof StoredNumber) {
    return { text: plainDecimal(value.text) ?? cellText(value.text), storedAsNumber: true };
  }
  // .xlsx has no date type: a date is a number with a date format (ECMA-376 Part 1, 18.17.4).
  if (value instanceof Date) return { text: dateText(value), storedAsNumber: true };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", storedAsNumber: false };
  if (typeof value === "string") return { text: cellText(value), storedAsNumber: false };
  return { text: "", storedAsNumber: false };
}

/**
 * The first worksheet of an unpacked workbook, every row of it (empty ones too), numbered as
 * Excel numbers them: read-excel-file fills the gaps, so a row's index tells its number.
 *
 * read-excel-file's Node entry unzips by streaming the local file headers, not the central
 * directory that was checked, and a crafted zip can show the two different entries. So it is
 * handed a zip rebuilt from the parts that were measured and scanned, stored uncompressed.
 */
export async function readXlsxSheet(
  parts: Record<string, Uint8Array>,
): Promise<{ ok: true; rows: SpreadsheetRow[] } | { ok: false; code: "UNREADABLE" }> {
  const rebuilt = zipSync(parts, { level: 0 });
  let values: unknown[][];
  try {
    values = await readSheet<StoredNumber>(
      Buffer.from(rebuilt.buffer, rebuilt.byteOffset, rebuilt.byteLength),
      { trim: false, parseNumber: (text) => new StoredNumber(text) },
    );
  } catch (error) {
    const damaged =
      error instanceof InvalidInputError ||
      error instanceof InvalidSpreadsheetError ||
      error instanceof SheetNotFoundError;
    if (damaged) return { ok: false, code: "UNREADABLE" };
    throw error;
  }
  return {
    ok: true,
    rows: values.map((row, index) => ({ row: index + 1, cells: row.map(cellOf) })),
  };
}
