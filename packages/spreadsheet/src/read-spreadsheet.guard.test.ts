import { readFileSync } from "node:fs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { readSheet } from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { buildXlsx, textCell, worksheet } from "../test-files/build-xlsx";
import { patchZipEntry } from "../test-files/patch-zip-entry";
import { readSpreadsheet } from "./read-spreadsheet";

const testFile = (name: string) => readFileSync(new URL(`../test-files/${name}`, import.meta.url));

const refused = (code: string) => ({ ok: false, code });

const oneRowSheet = (name: string, id: string) =>
  worksheet(
    `<sheetData><row r="1">${textCell("A1", "姓名")}${textCell("B1", "身份证号码")}</row><row r="2">${textCell("A2", name)}${textCell("B2", id)}</row></sheetData>`,
  );

/** A workbook whose first sheet is `sheetXml` (given as bytes, so that it can be anything). */
function workbookWith(sheetXml: Uint8Array): Uint8Array {
  const base = buildXlsx({ sheets: [{ name: "Sheet1", xml: "" }] });
  const parts: Record<string, Uint8Array> = {};
  for (const name of [
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
  ]) {
    parts[name] = unzipPart(base, name);
  }
  parts["xl/worksheets/sheet1.xml"] = sheetXml;
  return zipSync(parts, { level: 9 });
}

function unzipPart(zip: Uint8Array, name: string): Uint8Array {
  const part = unzipSync(zip, { filter: (file) => file.name === name })[name];
  if (!part) throw new Error(`no ${name}`);
  return part;
}

describe("readSpreadsheet() tells the type from the bytes, not the name", () => {
  it.each([
    ["a PDF", "employer-applications.pdf", "NOT_A_SPREADSHEET"],
    ["a PNG photo", "photo.png", "NOT_A_SPREADSHEET"],
    ["a Word document (a zip without a workbook)", "letter.docx", "NOT_A_SPREADSHEET"],
    ["an Excel 97–2003 .xls", "employer-applications.xls", "OLD_XLS"],
    ["a password-protected .xlsx", "employer-applications.encrypted.xlsx", "ENCRYPTED"],
  ])("refuses %s named .xlsx", async (_, name, code) => {
    expect(await readSpreadsheet(testFile(name), { fileName: "applications.xlsx" })).toEqual(
      refused(code),
    );
  });

  it("refuses a web page saved as .xls and random bytes", async () => {
    const page = strToU8("<html><body><table><tr><td>姓名</td></tr></table></body></html>");
    expect(await readSpreadsheet(page, { fileName: "export.xls" })).toEqual(
      refused("NOT_A_SPREADSHEET"),
    );
    // A fixed pseudo-random sequence, once with its zero bytes and once without any.
    let seed = 20261201;
    const noise = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 23;
    });
    expect(await readSpreadsheet(noise)).toEqual(refused("NOT_A_SPREADSHEET"));
    const noZeros = noise.map((byte) => byte || 1);
    expect(await readSpreadsheet(noZeros)).toEqual(refused("NOT_A_SPREADSHEET"));
  });

  it("reads an .xlsx named .csv as a workbook, and a CSV named .xlsx as text", async () => {
    const workbook = await readSpreadsheet(testFile("employer-applications.libreoffice.xlsx"), {
      fileName: "employer-applications.csv",
    });
    expect(workbook).toMatchObject({ ok: true, format: "xlsx" });
    const text = await readSpreadsheet(testFile("employer-applications.utf8.csv"), {
      fileName: "employer-applications.xlsx",
    });
    expect(text).toMatchObject({ ok: true, format: "csv" });
  });

  it("answers UNREADABLE for a cut-off .xlsx", async () => {
    const whole = testFile("employer-applications.libreoffice.xlsx");
    expect(await readSpreadsheet(whole.subarray(0, whole.length / 2))).toEqual(
      refused("UNREADABLE"),
    );
  });
});

describe("readSpreadsheet() refuses formulas", () => {
  it.each([
    ["a formula written by write-excel-file", "formula.write-excel-file.xlsx"],
    ["a formula with a cached result", "formula.hand.xlsx"],
    ["a shared formula under a namespace prefix", "shared-formula-prefixed.hand.xlsx"],
  ])("refuses %s", async (_, name) => {
    expect(await readSpreadsheet(testFile(name))).toEqual(refused("FORMULA_PRESENT"));
  });

  it("refuses a formula on a sheet other than the first", async () => {
    const bytes = buildXlsx({
      sheets: [
        { name: "申请", xml: oneRowSheet("张三", "11010519491231002X") },
        {
          name: "合计",
          xml: worksheet(
            '<sheetData><row r="1"><c r="A1"><f>COUNTA(申请!A:A)</f><v>2</v></c></row></sheetData>',
          ),
        },
      ],
    });
    expect(await readSpreadsheet(bytes)).toEqual(refused("FORMULA_PRESENT"));
  });

  // zlib hands inflated data on in 16 KiB chunks: `<f>` is put at each offset around the first
  // boundary, so that for some of them `<` and `f>` arrive in different chunks.
  it("finds a formula whose tag straddles the inflater's chunks", async () => {
    const results = [];
    for (let shift = -4; shift <= 4; shift++) {
      const head = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
      const padding = "x".repeat(
        16 * 1024 + shift - head.length - '</t></is></c><c r="B1">'.length,
      );
      const xml = `${head}${padding}</t></is></c><c r="B1"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>`;
      results.push(await readSpreadsheet(workbookWith(strToU8(xml))));
    }
    expect(results).toEqual(Array(9).fill(refused("FORMULA_PRESENT")));
  });
});

describe("readSpreadsheet() bounds time and memory", () => {
  it("refuses a file over the byte limit and more rows than the limit", async () => {
    const csv = testFile("employer-applications.utf8.csv");
    expect(await readSpreadsheet(csv, { maxBytes: 100 })).toEqual(refused("TOO_LARGE"));
    expect(await readSpreadsheet(csv, { maxRows: 3 })).toEqual(refused("TOO_MANY_ROWS"));
    expect(await readSpreadsheet(csv, { maxRows: 4 })).toMatchObject({ ok: true });
  });

  it("refuses a sheet that inflates a hundredfold (a run of zeros)", async () => {
    const bomb = workbookWith(new Uint8Array(8 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await readSpreadsheet(bomb)).toEqual(refused("COMPRESSION_BOMB"));
  });

  it("refuses a sheet whose declared size lies, when it inflates past it", async () => {
    const bomb = patchZipEntry(
      workbookWith(new Uint8Array(8 * 1024 * 1024)),
      "xl/worksheets/sheet1.xml",
      { declaredSize: 4096 },
    );
    expect(await readSpreadsheet(bomb)).toEqual(refused("COMPRESSION_BOMB"));
  });

  it("refuses entries that together declare more than the inflate limit", async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, index) => `<row r="${index + 2}">${textCell(`A${index + 2}`, `参保人${index}`)}</row>`,
    ).join("");
    const bytes = buildXlsx({
      sheets: [{ name: "Sheet1", xml: worksheet(`<sheetData>${rows}</sheetData>`) }],
    });
    expect(await readSpreadsheet(bytes, { maxInflatedBytes: 512 * 1024 })).toEqual(
      refused("COMPRESSION_BOMB"),
    );
    expect(await readSpreadsheet(bytes)).toMatchObject({ ok: true });
  });

  it("refuses a zip of more than 10,000 entries", async () => {
    const many: Record<string, Uint8Array> = {};
    for (let index = 0; index < 10_001; index++) many[`xl/media/${index}.bin`] = new Uint8Array(1);
    const base = buildXlsx({ sheets: [{ name: "Sheet1", xml: oneRowSheet("张三", "1") }] });
    many["xl/workbook.xml"] = unzipPart(base, "xl/workbook.xml");
    expect(await readSpreadsheet(zipSync(many, { level: 0 }))).toEqual(refused("COMPRESSION_BOMB"));
  });
});

describe("readSpreadsheet() reads what it checked, nothing else", () => {
  it("refuses two entries of one name", async () => {
    const bytes = buildXlsx({
      sheets: [{ name: "Sheet1", xml: oneRowSheet("张三", "11010519491231002X") }],
      extraParts: { "xl/worksheets/sheetX.xml": oneRowSheet("李四", "530125198506120011") },
    });
    const twice = patchZipEntry(bytes, "xl/worksheets/sheetX.xml", {
      centralName: "xl/worksheets/sheet1.xml",
      localName: "xl/worksheets/sheet1.xml",
    });
    expect(await readSpreadsheet(twice)).toEqual(refused("UNREADABLE"));
  });

  it("does not read a sheet smuggled in under a local header the central directory names otherwise", async () => {
    const smuggled = worksheet(
      `<sheetData><row r="1">${textCell("A1", "姓名")}${textCell("B1", "身份证号码")}</row><row r="2">${textCell("A2", "冒名")}<c r="B2"><f>REPT("9",18)</f><v>999999999999999999</v></c></row></sheetData>`,
    );
    const bytes = buildXlsx({
      sheets: [{ name: "Sheet1", xml: oneRowSheet("张三", "11010519491231002X") }],
      extraParts: { "xl/worksheets/sheet1.bin": smuggled },
    });
    const disguised = patchZipEntry(bytes, "xl/worksheets/sheet1.bin", {
      localName: "xl/worksheets/sheet1.xml",
    });
    // read-excel-file on its own follows the local headers and reads the smuggled sheet …
    expect((await readSheet(Buffer.from(disguised)))[1]).toEqual([
      "冒名",
      Number("999999999999999999"),
    ]);
    // … the reader gives it only the entries it measured and scanned.
    expect(await readSpreadsheet(disguised)).toMatchObject({
      ok: true,
      rows: [{ row: 2, cells: [{ text: "张三" }, { text: "11010519491231002X" }] }],
    });
  });
});
