import { describe, expect, it } from "vitest";
import { spreadsheetSafeText } from "./spreadsheet-safe-text";

describe("spreadsheetSafeText()", () => {
  it("puts an apostrophe before text a spreadsheet would run as a formula", () => {
    for (const text of ['=HYPERLINK("http://x")', "+86 138", "-1+1", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(spreadsheetSafeText(text)).toBe(`'${text}`);
    }
  });

  it("leaves other text as it is", () => {
    for (const text of ["张三", "530125198506120011", "县医保中心 = 县中心", "", "'已转义"]) {
      expect(spreadsheetSafeText(text)).toBe(text);
    }
  });
});
