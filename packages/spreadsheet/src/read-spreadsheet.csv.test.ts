import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSpreadsheet } from "./read-spreadsheet";
import type { SpreadsheetReading } from "./spreadsheet-reading";

const testFile = (name: string) => readFileSync(new URL(`../test-files/${name}`, import.meta.url));

function shown(reading: SpreadsheetReading) {
  if (!reading.ok) throw new Error(`refused: ${reading.code}`);
  return reading.rows.map(({ row, cells }) => [
    row,
    ...cells.map((cell) => (cell.storedAsNumber ? `${cell.text}#` : cell.text)),
  ]);
}

const employerHeader = ["姓名", "身份证号码", "手机号码", "服务点"];
const employerRows = [
  [2, "张三", "11010519491231002X", "13800138000", "城关街道医保服务点"],
  [3, "李四", "530125198506120011", "13912345678", "县医保中心（东门,二楼）"],
  [5, "欧阳 娜娜", "530125199001010030", "13700001111", "城关街道医保服务点"],
  [6, "王五", "530125200103150048", "13600002222", "县医保中心"],
];

describe("readSpreadsheet() on CSV and text files", () => {
  it.each([
    ["UTF-8", "employer-applications.utf8.csv"],
    ["UTF-8 with a byte-order mark and CRLF", "employer-applications.utf8-bom.csv"],
    ["Excel's Unicode text (UTF-16, tab-separated)", "employer-applications.utf16.txt"],
  ])("reads %s, trimming names and skipping the blank line", async (_, name) => {
    const reading = await readSpreadsheet(testFile(name), { fileName: name });
    expect(reading).toMatchObject({
      ok: true,
      format: "csv",
      header: employerHeader,
      headerRow: 1,
    });
    expect(shown(reading)).toEqual(employerRows);
  });

  it("reads GBK with CRLF, as Excel on a Chinese Windows saves it, every cell as written", async () => {
    const reading = await readSpreadsheet(testFile("tax-premiums.gbk.csv"));
    expect(reading).toMatchObject({
      format: "csv",
      header: [
        "统一社会信用代码",
        "身份证号码",
        "费款所属期",
        "缴费基数",
        "个人缴费",
        "单位缴费",
        "税票号码",
      ],
    });
    expect(shown(reading)).toEqual([
      [
        2,
        "91530125MA6K0A1B2N",
        "530125198506120011",
        "202401",
        "5000.00",
        "400.00",
        "3000.00",
        "353016240100012345",
      ],
      [
        3,
        "915301257097112341",
        "530125197811200056",
        "202401",
        "6200.50",
        "496.04",
        "3720.30",
        "353016240100012346",
      ],
    ]);
  });

  it('marks an ID that Excel wrote in scientific format, and unwraps the ="…" and tab tricks', async () => {
    const reading = await readSpreadsheet(testFile("excel-numbers.csv"));
    expect(shown(reading).map((row) => row[2])).toEqual([
      "530125000000000000#",
      "530125198506120011",
      "530125200103150048",
    ]);
  });

  it("leaves a code with an E between digits alone", async () => {
    const csv =
      "统一社会信用代码,身份证号码\n91530100E12345678X,11010519491231002X\n9153010012E345678,x\n";
    const reading = await readSpreadsheet(new TextEncoder().encode(csv));
    expect(shown(reading)).toEqual([
      [2, "91530100E12345678X", "11010519491231002X"],
      [3, "9153010012E345678", "x"],
    ]);
  });

  it("answers UNREADABLE for an unclosed quote, which would swallow the rest of the file", async () => {
    const csv = '姓名,服务点\n张三,"县医保中心\n李四,城关街道医保服务点\n';
    expect(await readSpreadsheet(new TextEncoder().encode(csv))).toEqual({
      ok: false,
      code: "UNREADABLE",
    });
  });

  it("answers UNREADABLE for UTF-8 text with a damaged byte", async () => {
    const bytes = Buffer.concat([
      Buffer.from(`姓名,服务点\n${"张三,县医保中心\n".repeat(20)}`, "utf8"),
      Buffer.from([0xff]),
    ]);
    expect(await readSpreadsheet(bytes)).toEqual({ ok: false, code: "UNREADABLE" });
  });

  it("answers EMPTY_SHEET for an empty file and for blank lines only", async () => {
    expect(await readSpreadsheet(new Uint8Array())).toEqual({ ok: false, code: "EMPTY_SHEET" });
    expect(await readSpreadsheet(new TextEncoder().encode("\n\r\n , ,\n"))).toEqual({
      ok: false,
      code: "EMPTY_SHEET",
    });
  });
});
