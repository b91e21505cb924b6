/**
 * Writes the test files in this folder (see README.md for how each is made). Run from the
 * package with `pnpm make-test-files`; needs LibreOffice, Gnumeric, iconv and python3-uno.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import writeXlsxFile from "write-excel-file/node";
import { buildXlsx, textCell, worksheet } from "./build-xlsx";

const here = import.meta.dirname;
const file = (name: string) => join(here, name);

// --- CSV and text -------------------------------------------------------------------------

const employerLines = [
  ["姓名", "身份证号码", "手机号码", "服务点"],
  ["张三", "11010519491231002X", "13800138000", "城关街道医保服务点"],
  [" 李四 ", "530125198506120011", "13912345678", '"县医保中心（东门,二楼）"'],
  [],
  ["欧阳　娜娜", "530125199001010030", "13700001111", "城关街道医保服务点"],
  ["王五", "530125200103150048", "13600002222", "县医保中心"],
];
const employerCsv = (newline: string) =>
  `${employerLines.map((cells) => cells.join(",")).join(newline)}${newline}`;
writeFileSync(file("employer-applications.utf8.csv"), employerCsv("\n"));
writeFileSync(file("employer-applications.utf8-bom.csv"), `\uFEFF${employerCsv("\r\n")}`);

// Excel's "Unicode text (*.txt)": UTF-16LE with a byte-order mark, tab-separated, CRLF.
const tabbed = employerLines
  .map((cells) => cells.map((cell) => cell.replaceAll('"', "")).join("\t"))
  .join("\r\n");
writeFileSync(
  file("employer-applications.utf16.txt"),
  Buffer.from(`\uFEFF${tabbed}\r\n`, "utf16le"),
);

// What Excel on a Chinese Windows saves as CSV: GBK and CRLF (encoded by iconv, as the brief says).
const taxCsv = [
  "统一社会信用代码,身份证号码,费款所属期,缴费基数,个人缴费,单位缴费,税票号码",
  "91530125MA6K0A1B2N,530125198506120011,202401,5000.00,400.00,3000.00,353016240100012345",
  "915301257097112341,530125197811200056,202401,6200.50,496.04,3720.30,353016240100012346",
  "",
].join("\r\n");
writeFileSync(file("tax-premiums.utf8.tmp"), taxCsv);
writeFileSync(
  file("tax-premiums.gbk.csv"),
  execFileSync("iconv", ["-f", "utf-8", "-t", "gbk", file("tax-premiums.utf8.tmp")]),
);
rmSync(file("tax-premiums.utf8.tmp"));

// IDs after a trip through Excel: a number in scientific format, the ="…" trick, a leading tab.
writeFileSync(
  file("excel-numbers.csv"),
  [
    "姓名,身份证号码,手机号码,服务点",
    "张三,5.30125E+17,13800138000,城关街道医保服务点",
    '李四,"=""530125198506120011""",13912345678,县医保中心',
    "王五,\t530125200103150048,13600002222,县医保中心",
    "",
  ].join("\r\n"),
);

// --- .xlsx by write-excel-file ------------------------------------------------------------

const applied = new Date(Date.UTC(2026, 10, 30));
await writeXlsxFile(
  [
    ["姓名", "身份证号码", "手机号码", "服务点", "申请日期"],
    ["填写说明：身份证号码填 18 位，单元格设为文本；手机号码填 11 位。"],
    [
      "张三",
      "11010519491231002X",
      "13800138000",
      "城关街道医保服务点",
      { value: applied, format: "yyyy-mm-dd" },
    ],
    [
      "李四",
      // An ID given as a number, as a careless export does: it is rounded before it is written.
      Number("530125198506120011"),
      "13912345678",
      "县医保中心",
      { value: applied, format: "yyyy-mm-dd" },
    ],
    ["欧阳　娜娜", "530125199001010030", "13700001111", "城关街道医保服务点", null],
  ],
  { sheet: "制卡申请" },
).toFile(file("employer-applications.write-excel-file.xlsx"));

await writeXlsxFile(
  [
    ["姓名", "个人缴费", "单位缴费", "合计"],
    ["张三", 400, 3000, { type: "Formula", value: "B2+C2" }],
  ],
  { sheet: "缴费" },
).toFile(file("formula.write-excel-file.xlsx"));

// --- .xlsx by hand ------------------------------------------------------------------------

const header = `<row r="1">${textCell("A1", "姓名")}${textCell("B1", "身份证号码")}${textCell("C1", "缴费基数")}</row>`;

writeFileSync(
  file("formula.hand.xlsx"),
  buildXlsx({
    sheets: [
      {
        name: "Sheet1",
        xml: worksheet(
          `<sheetData>${header}<row r="2">${textCell("A2", "张三")}${textCell("B2", "11010519491231002X")}<c r="C2"><f>4000*1.25</f><v>5000</v></c></row></sheetData>`,
        ),
      },
    ],
  }),
);

// The OpenXML SDK's way: the main namespace under a prefix, and a shared formula.
const prefixedMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
writeFileSync(
  file("shared-formula-prefixed.hand.xlsx"),
  buildXlsx({
    sheets: [
      {
        name: "Sheet1",
        xml: `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${prefixedMain}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>基数</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>个人缴费</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>5000</x:v></x:c><x:c r="B2"><x:f t="shared" ref="B2:B3" si="0">A2*0.08</x:f><x:v>400</x:v></x:c></x:row><x:row r="3"><x:c r="A3"><x:v>6000</x:v></x:c><x:c r="B3"><x:f t="shared" si="0"/><x:v>480</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      },
    ],
  }),
);

// A drop-down list taken from another sheet, as Excel 2010+ writes it: an x14 data validation
// with <xm:f> outside <sheetData>. A range, not a formula.
writeFileSync(
  file("drop-down-list.hand.xlsx"),
  buildXlsx({
    sheets: [
      {
        name: "制卡申请",
        xml: worksheet(
          `<sheetData><row r="1">${textCell("A1", "姓名")}${textCell("B1", "服务点")}</row><row r="2">${textCell("A2", "张三")}${textCell("B2", "县医保中心")}</row></sheetData><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>服务点!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>B2:B1000</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
        ),
      },
      {
        name: "服务点",
        xml: worksheet(
          `<sheetData><row r="1">${textCell("A1", "县医保中心")}</row><row r="2">${textCell("A2", "城关街道医保服务点")}</row></sheetData>`,
        ),
      },
    ],
  }),
);

// Numbers as Excel stores them: an ID that became a number (15 significant digits and an
// exponent), a plain big integer, money, a small fraction, booleans, dates (style 1 and 2).
writeFileSync(
  file("id-as-number.hand.xlsx"),
  buildXlsx({
    sheets: [
      {
        name: "Sheet1",
        xml: worksheet(
          `<sheetData><row r="1">${textCell("A1", "身份证号码")}${textCell("B1", "缴费基数")}${textCell("C1", "费率")}${textCell("D1", "已缴")}${textCell("E1", "缴费日期")}</row><row r="2"><c r="A2"><v>5.30125198506112E+17</v></c><c r="B2"><v>5000.5</v></c><c r="C2"><v>1.5E-3</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" s="1"><v>45322</v></c></row><row r="3"><c r="A3" t="n"><v>530125198506120011</v></c><c r="B3"><v>-120</v></c><c r="C3"><v>0.08</v></c><c r="D3" t="b"><v>0</v></c><c r="E3" s="2"><v>45322.5</v></c></row></sheetData>`,
        ),
      },
    ],
  }),
);

// Gaps: row 5 is missing, row 7 is an empty <row/>, row 8 holds only full-width spaces, row 9
// skips columns B and C; spaces around and inside names.
writeFileSync(
  file("gaps.hand.xlsx"),
  buildXlsx({
    sheets: [
      {
        name: "Sheet1",
        xml: worksheet(
          `<sheetData><row r="1">${textCell("A1", " 姓名 ")}${textCell("B1", "身份证号码")}${textCell("C1", "手机号码")}${textCell("D1", "服务点")}</row><row r="2">${textCell("A2", "张三")}${textCell("B2", "11010519491231002X")}${textCell("C2", "13800138000")}${textCell("D2", "县医保中心")}</row><row r="3"><c r="A3"/><c r="B3"/></row><row r="4">${textCell("A4", "　欧阳　娜娜\u00A0")}${textCell("B4", "530125199001010030")}</row><row r="6">${textCell("A6", "王五")}${textCell("B6", "530125200103150048")}</row><row r="7"/><row r="8">${textCell("A8", "　　")}</row><row r="9">${textCell("A9", "赵六")}${textCell("D9", "城关街道医保服务点")}</row></sheetData>`,
        ),
      },
    ],
  }),
);

// Shared strings (plain, rich text in runs, with a phonetic guide) next to inline strings.
writeFileSync(
  file("strings.hand.xlsx"),
  buildXlsx({
    sheets: [
      {
        name: "Sheet1",
        xml: worksheet(
          `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c>${textCell("B2", "城关街道医保服务点 & 二楼")}</row><row r="3">${textCell("A3", "李四")}<c r="B3" t="s"><v>3</v></c></row></sheetData>`,
        ),
      },
    ],
    sharedStrings: [
      "姓名",
      "服务点",
      {
        xml: '<si><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r><rPh sb="0" eb="2"><t>ちょうさん</t></rPh></si>',
      },
      "县医保中心",
    ],
  }),
);

writeFileSync(
  file("empty-sheet.hand.xlsx"),
  buildXlsx({ sheets: [{ name: "Sheet1", xml: worksheet("<sheetData/>") }] }),
);
writeFileSync(
  file("header-only.hand.xlsx"),
  buildXlsx({ sheets: [{ name: "Sheet1", xml: worksheet(`<sheetData>${header}</sheetData>`) }] }),
);

// A zip that is not a workbook: a Word document's parts.
writeFileSync(
  file("letter.docx"),
  zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "word/document.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>单位介绍信</w:t></w:r></w:p></w:body></w:document>',
    ),
  }),
);

// A photo where a spreadsheet was expected: a 4 × 4 white PNG, chunk by chunk (PNG spec, 5.3).
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "latin1"), data])));
  return Buffer.concat([length, Buffer.from(type, "latin1"), data, crc]);
}
const imageHeader = Buffer.from([0, 0, 0, 4, 0, 0, 0, 4, 8, 2, 0, 0, 0]);
const whiteRows = Buffer.concat(
  Array.from({ length: 4 }, () => Buffer.from([0, ...Array<number>(12).fill(255)])),
);
writeFileSync(
  file("photo.png"),
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", imageHeader),
    pngChunk("IDAT", deflateSync(whiteRows)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]),
);

// --- Real files of other programs -----------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), "spreadsheet-test-files-"));
const source = join(work, "employer-applications.csv");
writeFileSync(source, employerCsv("\n"));

function soffice(args: string[], outName: string, target: string): void {
  const out = join(work, "out");
  execFileSync("soffice", ["--headless", "--norestore", ...args, "--outdir", out, source], {
    stdio: "ignore",
  });
  renameSync(join(out, outName), file(target));
}
// Columns 2 and 3 (ID and phone) imported as text (column type 2), as a careful clerk does.
soffice(
  ["--infilter=CSV:44,34,76,1,1/1/2/2/3/2/4/1", "--convert-to", "xlsx"],
  "employer-applications.xlsx",
  "employer-applications.libreoffice.xlsx",
);
// The default import: the IDs become numbers and lose their last digits.
soffice(
  ["--infilter=CSV:44,34,76,1", "--convert-to", "xlsx"],
  "employer-applications.xlsx",
  "employer-applications.libreoffice-default.xlsx",
);
soffice(["--convert-to", "xls"], "employer-applications.xls", "employer-applications.xls");
soffice(["--convert-to", "pdf"], "employer-applications.pdf", "employer-applications.pdf");

execFileSync("ssconvert", [source, file("employer-applications.gnumeric.xlsx")], {
  stdio: "ignore",
});

// The password-protected copy needs LibreOffice running as a service for a moment.
const office = spawn(
  "soffice",
  ["--headless", "--invisible", "--norestore", "--accept=socket,host=127.0.0.1,port=2002;urp;"],
  { stdio: "ignore" },
);
try {
  execFileSync("python3", [
    file("save-with-password.py"),
    file("employer-applications.libreoffice.xlsx"),
    file("employer-applications.encrypted.xlsx"),
  ]);
} finally {
  office.kill();
}
rmSync(work, { recursive: true, force: true });

// Checked here so that a run that silently wrote a plain zip fails loudly.
const encrypted = readFileSync(file("employer-applications.encrypted.xlsx"));
if (!encrypted.includes(Buffer.from("EncryptedPackage", "utf16le"))) {
  throw new Error("employer-applications.encrypted.xlsx came out without encryption");
}
