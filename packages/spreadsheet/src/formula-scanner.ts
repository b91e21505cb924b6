// The start of a `<sheetData>`, `</sheetData>` or `<f>` element, with any namespace prefix (the
// OpenXML SDK writes `<x:f>`, and read-excel-file drops prefixes), up to the end of its tag.
// `<` never appears inside a tag (XML 1.0, 2.3 and 3.1), which is what makes chunking safe.
const tag = /<(\/?)(?:[^\s<>/:]+:)?(sheetData|f)(?=[\s>/])([^>]*)>/g;

// No spreadsheet program writes a tag this long; a tag that never ends is a broken file, and the
// bound keeps the carried text small.
const maxTagLength = 1024 * 1024;

/**
 * Finds a formula in a worksheet's XML as it is inflated, chunk by chunk. A formula is an `<f>`
 * element inside `<sheetData>` (ECMA-376 Part 1, 18.3.1.40); the `<xm:f>` that Excel writes
 * outside it for a drop-down list taken from another sheet (x14 data validation) is a range,
 * not a cell's formula, and is left alone. The text is read as Latin-1: every byte of a UTF-8
 * multi-byte character is ≥ 0x80, so it cannot be mistaken for markup.
 */
export class FormulaScanner {
  verdict: "none" | "formula" | "unreadable" = "none";
  private carry = "";
  private inSheetData = false;

  write(chunk: Buffer): void {
    if (this.verdict !== "none") return;
    const text = this.carry + chunk.toString("latin1");
    // Text after the last `<` that has no `>` yet is an unfinished tag: keep it for the next
    // chunk. Every tag before it is complete.
    const lastOpen = text.lastIndexOf("<");
    const complete = lastOpen >= 0 && !text.includes(">", lastOpen) ? lastOpen : text.length;
    this.scan(text.slice(0, complete));
    this.carry = text.slice(complete);
    if (this.carry.length > maxTagLength) this.verdict = "unreadable";
  }

  end(): void {
    if (this.verdict !== "none") return;
    this.scan(this.carry);
    this.carry = "";
  }

  private scan(text: string): void {
    for (const [, closing, name, rest = ""] of text.matchAll(tag)) {
      if (name === "sheetData") {
        this.inSheetData = closing === "" && !rest.endsWith("/");
      } else if (this.inSheetData && closing === "") {
        this.verdict = "formula";
        return;
      }
    }
  }
}
