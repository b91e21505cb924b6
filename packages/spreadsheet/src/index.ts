// One rule for escaping exported cells, shared with the browser (which builds the error file).
export { spreadsheetSafeText } from "@yibao/domain";
export { columnsOf, type HeaderColumns } from "./columns-of";
export {
  defaultSpreadsheetLimits,
  type ReadSpreadsheetOptions,
  readSpreadsheet,
} from "./read-spreadsheet";
export {
  readZipArchive,
  type ZipArchiveEntry,
  type ZipArchiveLimits,
  type ZipArchiveReading,
} from "./read-zip-archive";
export {
  type SpreadsheetProblemCode,
  spreadsheetProblemCodeSchema,
  spreadsheetProblemCodes,
} from "./spreadsheet-problem-codes";
export type {
  SpreadsheetCell,
  SpreadsheetFormat,
  SpreadsheetReading,
  SpreadsheetRow,
} from "./spreadsheet-reading";
