import { batchColumnHeaders, batchInstructionMarkers } from "@yibao/domain";
import type { CellObject, SheetData } from "write-excel-file/browser";

/**
 * The template's instructions row: it starts with the reader's instructions marker
 * (`batchInstructionMarkers`), so the server skips it like a blank row. In Chinese whatever the
 * portal's language: it is part of the county's form, like the headers.
 */
const instructions = `${batchInstructionMarkers[0]}：本行不用删除，读取时会跳过。从下一行起每行填一位职工。身份证号码填 18 位（末位可以是 X），手机号码填 11 位，这两列请保持“文本”格式；服务点可不填，填职工希望去的服务点名称。`;

/**
 * Rows below the instructions whose ID and mobile cells are formatted as text in advance: typed
 * or pasted into, they stay text, where a General cell turns an 18-digit number into 5.30125E+17
 * and loses its last digits and the X.
 */
const textRows = 2000;

const text = (value?: string): CellObject => ({ type: String, value, format: "@" });

/**
 * The template of an employer's batch (the employer issue, "A batch"): row 1 the headers 姓名,
 * 身份证号码, 手机号码, 服务点 (the header is row 1, so rows keep the sheet's numbers), row 2 the
 * instructions, then empty rows with the ID and mobile columns formatted as text.
 */
export function batchTemplateRows(): SheetData {
  const headers = [
    batchColumnHeaders.NAME,
    batchColumnHeaders.RESIDENT_ID,
    batchColumnHeaders.PHONE,
    batchColumnHeaders.SERVICE_POINT,
  ];
  const emptyRow = [null, text(), text(), null];
  return [
    headers.map((header) => ({ ...text(header), fontWeight: "bold" as const })),
    [{ value: instructions, columnSpan: headers.length, wrap: true, height: 48 }, null, null, null],
    ...Array.from({ length: textRows }, () => emptyRow),
  ];
}
