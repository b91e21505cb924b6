import { z } from "zod";

/**
 * Why a spreadsheet was refused, as a closed list: the apps translate each code, and nothing of
 * the file (its name, a cell) goes into the answer.
 *
 * - `TOO_LARGE`: the file is over the byte limit.
 * - `NOT_A_SPREADSHEET`: the bytes are neither .xlsx nor CSV text (a PDF, an image, a .docx or
 *   any other zip, a web page saved as .xls, random bytes), whatever the file's name says.
 * - `OLD_XLS`: an Excel 97–2003 workbook (OLE2); it has to be saved again as .xlsx.
 * - `ENCRYPTED`: a workbook saved with a password; it has to be saved again without one.
 * - `UNREADABLE`: a damaged file: a corrupt zip or XML, or text in no encoding we read.
 * - `COMPRESSION_BOMB`: the zip would inflate past the limits (too many entries, sizes too
 *   large or lying, a ratio no spreadsheet has).
 * - `FORMULA_PRESENT`: a worksheet holds a formula; its saved result is not trusted, so the
 *   whole file is refused and has to be sent with values only.
 * - `EMPTY_SHEET`: the first worksheet has no data row below its header (a blank file or the
 *   bare template).
 * - `TOO_MANY_ROWS`: more data rows than the limit.
 */
export const spreadsheetProblemCodes = [
  "TOO_LARGE",
  "NOT_A_SPREADSHEET",
  "OLD_XLS",
  "ENCRYPTED",
  "UNREADABLE",
  "COMPRESSION_BOMB",
  "FORMULA_PRESENT",
  "EMPTY_SHEET",
  "TOO_MANY_ROWS",
] as const;

export const spreadsheetProblemCodeSchema = z.enum(spreadsheetProblemCodes);

export type SpreadsheetProblemCode = z.infer<typeof spreadsheetProblemCodeSchema>;
