import type { CalendarYearDay } from "@yibao/domain";
import Papa from "papaparse";

/** Why a calendar file could not be read; `line` is the file's line, 0 for the whole file. */
export interface CalendarCsvProblem {
  line: number;
  code: "NOT_UTF8" | "EMPTY_FILE" | "HEADER_MISSING" | "DATE_UNREADABLE" | "UNKNOWN_KIND";
}

export interface CalendarCsv {
  holidays: CalendarYearDay[];
  makeUpWorkdays: CalendarYearDay[];
  problems: CalendarCsvProblem[];
}

/** The header a file may have, in Chinese or in English (in any column order). */
const headers = [
  { date: "日期", kind: "类型", name: "名称" },
  { date: "date", kind: "kind", name: "name" },
] as const;

const kinds: Readonly<Record<string, "holidays" | "makeUpWorkdays">> = {
  放假: "holidays",
  HOLIDAY: "holidays",
  调休上班: "makeUpWorkdays",
  MAKE_UP_WORKDAY: "makeUpWorkdays",
};

/**
 * A date as spreadsheets write it — 2027-01-01, 2027/1/1, 2027.1.1 or 2027年1月1日 — as
 * 'YYYY-MM-DD'; null if it is none of them. Whether the day exists is the calendar check's.
 */
function normalisedDate(text: string): string | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  return `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`;
}

/**
 * Reads a year's holiday notice from a CSV file's text (UTF-8, with or without a byte-order
 * mark): a header `日期,类型,名称` with 类型 放假 / 调休上班, or `date,kind,name` with HOLIDAY /
 * MAKE_UP_WORKDAY; blank lines are skipped. Every line's problem is given at once; the rows are
 * only worth using when there is none.
 */
export function parseCalendarCsv(text: string): CalendarCsv {
  const result: CalendarCsv = { holidays: [], makeUpWorkdays: [], problems: [] };
  // A file saved in GBK (Excel's default on a Chinese Windows) decodes to replacement characters.
  if (text.includes("\uFFFD")) {
    result.problems.push({ line: 0, code: "NOT_UTF8" });
    return result;
  }
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const lines = data
    .map((cells, index) => ({ cells: cells.map((cell) => cell.trim()), line: index + 1 }))
    .filter(({ cells }) => cells.some((cell) => cell !== ""));
  const [header, ...rows] = lines;
  if (!header) {
    result.problems.push({ line: 0, code: "EMPTY_FILE" });
    return result;
  }
  const columns = headers
    .map((names) => ({
      date: header.cells.findIndex((cell) => cell.toLowerCase() === names.date),
      kind: header.cells.findIndex((cell) => cell.toLowerCase() === names.kind),
      name: header.cells.findIndex((cell) => cell.toLowerCase() === names.name),
    }))
    .find((found) => found.date >= 0 && found.kind >= 0 && found.name >= 0);
  if (!columns) {
    result.problems.push({ line: header.line, code: "HEADER_MISSING" });
    return result;
  }
  if (rows.length === 0) result.problems.push({ line: 0, code: "EMPTY_FILE" });
  for (const { cells, line } of rows) {
    const date = normalisedDate(cells[columns.date] ?? "");
    const list = kinds[(cells[columns.kind] ?? "").toUpperCase()];
    if (date === null) result.problems.push({ line, code: "DATE_UNREADABLE" });
    if (list === undefined) result.problems.push({ line, code: "UNKNOWN_KIND" });
    if (date !== null && list !== undefined) {
      result[list].push({ date, name: cells[columns.name] ?? "" });
    }
  }
  return result;
}
