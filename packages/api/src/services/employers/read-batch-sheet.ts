import {
  type BatchColumn,
  type BatchFileErrorCode,
  type BatchRowCells,
  batchColumnHeaders,
  batchInstructionMarkers,
  employerBatchLimits,
  optionalBatchColumns,
  requiredBatchColumns,
} from "@yibao/domain";
import { columnsOf, readSpreadsheet, type SpreadsheetCell } from "@yibao/spreadsheet";

export type BatchSheet =
  | { ok: true; rows: Array<{ row: number; cells: BatchRowCells }> }
  | { ok: false; code: BatchFileErrorCode };

const header = (column: BatchColumn) => batchColumnHeaders[column];
const emptyCell: SpreadsheetCell = { text: "", storedAsNumber: false };

/**
 * An employer's spreadsheet as the batch's rows: the guarded reader (`@yibao/spreadsheet`: the
 * type from the bytes, the zip's limits, formulas refused, every cell as text) with the batch's
 * limits and its template's instructions row skipped, then the columns found by their headers
 * in any order, other columns ignored. A file-level problem is its code.
 */
export async function readBatchSheet(bytes: Uint8Array, fileName: string): Promise<BatchSheet> {
  const reading = await readSpreadsheet(bytes, {
    fileName,
    maxRows: employerBatchLimits.maxRows,
    instructionMarkers: batchInstructionMarkers,
  });
  if (!reading.ok) return reading;
  const columns = columnsOf(reading.header, {
    required: requiredBatchColumns.map(header),
    optional: optionalBatchColumns.map(header),
  });
  if (!columns.ok) return { ok: false, code: "WRONG_COLUMNS" };
  const { index } = columns;
  const cellAt = (cells: SpreadsheetCell[], position: number | undefined) =>
    position === undefined ? emptyCell : (cells[position] ?? emptyCell);
  return {
    ok: true,
    rows: reading.rows.map(({ row, cells }) => ({
      row,
      cells: {
        name: cellAt(cells, index[header("NAME")]).text,
        residentId: cellAt(cells, index[header("RESIDENT_ID")]),
        phone: cellAt(cells, index[header("PHONE")]).text,
        servicePoint: cellAt(cells, index[header("SERVICE_POINT")]).text,
      },
    })),
  };
}
