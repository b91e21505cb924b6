export { columnsOf, type HeaderColumns } from "./columns-of";
export {
  defaultSpreadsheetLimits,
  type ReadSpreadsheetOptions,
  readSpreadsheet,
} from "./read-spreadsheet";
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
export { spreadsheetSafeText } from "./spreadsheet-safe-text";
