import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { readSpreadsheet } from "./read-spreadsheet";
import type { SpreadsheetReading } from "./spreadsheet-reading";

const testFile = (name: string) => readFileSync(new URL(`../test-files/${name}`, import.meta.url));

/** The rows as a person checks them: row number, then each cell's text (`#` if a number). */
function shown(reading: SpreadsheetReading) {
  if (!reading.ok) throw new Error(`refused: ${reading.code}`);
  return reading.rows.map(({ row, cells }) => [
    row,
    ...cells.map((cell) => (cell.storedAsNumber ? `${cell.text}#` : cell.text)),
  ]);
}

const employerHeader = ["姓名", "身份证号码", "手机号码", "服务点"];

describe("readSpreadsheet() on .xlsx files of real programs", () => {
  it("reads LibreOffice's file with the IDs imported as text", async () => {
    const reading = await readSpreadsheet(testFile("employer-applications.libreoffice.xlsx"), {
      fileName: "employer-applications.xlsx",
    });
    expect(reading).toMatchObject({ ok: true, format: "xlsx", header: employerHeader });
    expect(shown(reading)).toEqual([
      [2, "张三", "11010519491231002X", "13800138000", "城关街道医保服务点"],
      [3, "李四", "530125198506120011", "13912345678", "县医保中心（东门,二楼）"],
      [5, "欧阳 娜娜", "530125199001010030", "13700001111", "城关街道医保服务点"],
      [6, "王五", "530125200103150048", "13600002222", "县医保中心"],
    ]);
  });

  it("says which IDs LibreOffice's default import turned into numbers, digits lost as stored", async () => {
    const reading = await readSpreadsheet(
      testFile("employer-applications.libreoffice-default.xlsx"),
    );
    // The sheet stores 5.3012519850612E+017: written out without the exponent, the lost
    // digits show as zeros, and the cell says it was a number.
    expect(shown(reading).map((row) => row[2])).toEqual([
      "11010519491231002X",
      "530125198506120000#",
      "530125199001010000#",
      "530125200103150000#",
    ]);
  });

  it("reads Gnumeric's inline strings and numbers", async () => {
    const reading = await readSpreadsheet(testFile("employer-applications.gnumeric.xlsx"));
    expect(reading).toMatchObject({ ok: true, header: employerHeader });
    expect(shown(reading)).toEqual([
      [2, "张三", "11010519491231002X", "13800138000#", "城关街道医保服务点"],
      [3, "李四", "530125198506120011#", "13912345678#", "县医保中心（东门,二楼）"],
      [5, "欧阳 娜娜", "530125199001010030#", "13700001111#", "城关街道医保服务点"],
      [6, "王五", "530125200103150048#", "13600002222#", "县医保中心"],
    ]);
  });

  it("reads write-excel-file's sheet, skipping the template's instructions row when asked", async () => {
    const bytes = testFile("employer-applications.write-excel-file.xlsx");
    const reading = await readSpreadsheet(bytes, { instructionMarkers: ["填写说明", "说明"] });
    expect(reading).toMatchObject({ header: [...employerHeader, "申请日期"], headerRow: 1 });
    expect(shown(reading)).toEqual([
      [3, "张三", "11010519491231002X", "13800138000", "城关街道医保服务点", "2026-11-30#"],
      [4, "李四", "530125198506120000#", "13912345678", "县医保中心", "2026-11-30#"],
      [5, "欧阳 娜娜", "530125199001010030", "13700001111", "城关街道医保服务点", ""],
    ]);

    const unmarked = await readSpreadsheet(bytes);
    expect(shown(unmarked)[0]).toEqual([
      2,
      "填写说明：身份证号码填 18 位，单元格设为文本；手机号码填 11 位。",
      "",
      "",
      "",
      "",
    ]);
  });
});

describe("readSpreadsheet() on hand-made .xlsx files", () => {
  it("writes stored numbers out in plain decimals and dates in ISO 8601", async () => {
    const reading = await readSpreadsheet(testFile("id-as-number.hand.xlsx"));
    expect(reading).toMatchObject({
      header: ["身份证号码", "缴费基数", "费率", "已缴", "缴费日期"],
    });
    expect(shown(reading)).toEqual([
      [2, "530125198506112000#", "5000.5#", "0.0015#", "TRUE", "2024-01-31#"],
      [3, "530125198506120011#", "-120#", "0.08#", "FALSE", "2024-01-31 12:00:00#"],
    ]);
  });

  it("numbers rows as the sheet does, skipping blank ones, and fills skipped columns", async () => {
    const reading = await readSpreadsheet(testFile("gaps.hand.xlsx"));
    expect(reading).toMatchObject({ header: employerHeader, headerRow: 1 });
    expect(shown(reading)).toEqual([
      [2, "张三", "11010519491231002X", "13800138000", "县医保中心"],
      [4, "欧阳 娜娜", "530125199001010030", "", ""],
      [6, "王五", "530125200103150048", "", ""],
      [9, "赵六", "", "", "城关街道医保服务点"],
    ]);
  });

  it("reads shared strings, rich text runs without their phonetic guide, and inline strings", async () => {
    const reading = await readSpreadsheet(testFile("strings.hand.xlsx"));
    expect(reading).toMatchObject({ header: ["姓名", "服务点"] });
    expect(shown(reading)).toEqual([
      [2, "张三", "城关街道医保服务点 & 二楼"],
      [3, "李四", "县医保中心"],
    ]);
  });

  it("reads only the first sheet, and a drop-down list drawn from another sheet is no formula", async () => {
    const reading = await readSpreadsheet(testFile("drop-down-list.hand.xlsx"));
    expect(reading).toMatchObject({ header: ["姓名", "服务点"] });
    expect(shown(reading)).toEqual([[2, "张三", "县医保中心"]]);
  });

  it("answers EMPTY_SHEET for an empty sheet and for a header without rows", async () => {
    expect(await readSpreadsheet(testFile("empty-sheet.hand.xlsx"))).toEqual({
      ok: false,
      code: "EMPTY_SHEET",
    });
    expect(await readSpreadsheet(testFile("header-only.hand.xlsx"))).toEqual({
      ok: false,
      code: "EMPTY_SHEET",
    });
  });
});

describe("readSpreadsheet() on a large .xlsx", () => {
  it("reads 10,000 rows, each with its own row number", async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => [
      `参保人${index + 1}`,
      `53012519850612${String(index).padStart(4, "0")}`,
      `139${String(index).padStart(8, "0")}`,
      index % 2 === 0 ? "县医保中心" : "城关街道医保服务点",
    ]);
    const bytes = await writeXlsxFile([employerHeader, ...rows]).toBuffer();
    const reading = await readSpreadsheet(bytes);
    if (!reading.ok) throw new Error(reading.code);
    expect(reading.rows).toHaveLength(10_000);
    expect(shown(reading).at(-1)).toEqual([
      10_001,
      "参保人10000",
      "530125198506129999",
      "13900009999",
      "城关街道医保服务点",
    ]);
  });
});
