import { describe, expect, it } from "vitest";
import { FormulaScanner } from "./formula-scanner";

/** The verdict on `xml` fed in pieces cut at the given offsets. */
function verdictOf(xml: string, cuts: number[] = []): FormulaScanner["verdict"] {
  const scanner = new FormulaScanner();
  const bytes = Buffer.from(xml, "utf8");
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    scanner.write(bytes.subarray(start, cut));
    start = cut;
  }
  scanner.end();
  return scanner.verdict;
}

const sheet = (cells: string, after = "") =>
  `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>张三</t></is></c>${cells}</row></sheetData>${after}</worksheet>`;

describe("FormulaScanner", () => {
  it("finds <f>, <f …> and <f/>, with or without a namespace prefix", () => {
    expect(verdictOf(sheet('<c r="B1"><f>1+1</f><v>2</v></c>'))).toBe("formula");
    expect(verdictOf(sheet('<c r="B1"><f t="shared" ref="B1:B9" si="0">A1</f></c>'))).toBe(
      "formula",
    );
    expect(verdictOf(sheet('<c r="B1"><f t="shared" si="0"/><v>3</v></c>'))).toBe("formula");
    expect(
      verdictOf(sheet('<x:c r="B1"><x:f>A1*2</x:f></x:c>').replaceAll("sheetData", "x:sheetData")),
    ).toBe("formula");
  });

  it("finds a formula wherever the chunks are cut", () => {
    const xml = sheet('<c r="B1"><f t="array" ref="B1">SUM(A1:A3)</f></c>');
    const verdicts = Array.from({ length: xml.length }, (_, cut) => verdictOf(xml, [cut]));
    expect(new Set(verdicts)).toEqual(new Set(["formula"]));
    // One byte at a time.
    expect(
      verdictOf(
        xml,
        Array.from({ length: xml.length }, (_, index) => index),
      ),
    ).toBe("formula");
  });

  it("lets values, look-alike tags and a drop-down list's <xm:f> outside <sheetData> through", () => {
    const validation =
      "<extLst><ext><x14:dataValidations><x14:dataValidation><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1></x14:dataValidation></x14:dataValidations></ext></extLst>";
    expect(verdictOf(sheet('<c r="B1"><v>5000</v></c>', validation))).toBe("none");
    expect(verdictOf(`<worksheet><sheetData/>${validation}</worksheet>`)).toBe("none");
    expect(verdictOf(sheet('<c r="B1" t="inlineStr"><is><t>&lt;f&gt; is text</t></is></c>'))).toBe(
      "none",
    );
    expect(verdictOf("<styleSheet><fills><fill/></fills><fonts><font/></fonts></styleSheet>")).toBe(
      "none",
    );
  });

  it("calls a tag that never ends unreadable", () => {
    expect(verdictOf(`${sheet("")}<c r="B1" x="${"y".repeat(2 * 1024 * 1024)}`)).toBe("unreadable");
  });
});
