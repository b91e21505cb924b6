// The closed list lives in @yibao/domain, so that the apps translate the codes without loading
// this server-only reader; the reader's own modules keep importing it from here.
export {
  type SpreadsheetProblemCode,
  spreadsheetProblemCodeSchema,
  spreadsheetProblemCodes,
} from "@yibao/domain";
