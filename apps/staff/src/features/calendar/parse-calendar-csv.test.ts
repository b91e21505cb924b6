import { describe, expect, it } from "vitest";
import { parseCalendarCsv } from "./parse-calendar-csv";

describe("parseCalendarCsv()", () => {
  it("reads the Chinese columns, with a byte-order mark, blank lines and spreadsheet dates", () => {
    const file =
      "\uFEFF日期,类型,名称\r\n2027-01-01,放假,元旦\r\n\r\n2027/2/5,放假,春节\r\n2027年1月31日,调休上班,春节\r\n";
    expect(parseCalendarCsv(file)).toEqual({
      holidays: [
        { date: "2027-01-01", name: "元旦" },
        { date: "2027-02-05", name: "春节" },
      ],
      makeUpWorkdays: [{ date: "2027-01-31", name: "春节" }],
      problems: [],
    });
  });

  it("reads the English columns in any order, and quoted names", () => {
    const file =
      'kind,date,name\nHOLIDAY,2027-10-01,"国庆节, 中秋节"\nmake_up_workday,2027-10-09,国庆节\n';
    expect(parseCalendarCsv(file)).toEqual({
      holidays: [{ date: "2027-10-01", name: "国庆节, 中秋节" }],
      makeUpWorkdays: [{ date: "2027-10-09", name: "国庆节" }],
      problems: [],
    });
  });

  it("gives every line's problem at once", () => {
    const file = "日期,类型,名称\n2027-01-01,放假,元旦\n明年元旦,放假,元旦\n2027-01-02,休息,元旦\n";
    expect(parseCalendarCsv(file).problems).toEqual([
      { line: 3, code: "DATE_UNREADABLE" },
      { line: 4, code: "UNKNOWN_KIND" },
    ]);
  });

  it("refuses a file without the header, an empty one and one that is not UTF-8", () => {
    expect(parseCalendarCsv("2027-01-01,放假,元旦\n").problems).toEqual([
      { line: 1, code: "HEADER_MISSING" },
    ]);
    expect(parseCalendarCsv("\n\n").problems).toEqual([{ line: 0, code: "EMPTY_FILE" }]);
    expect(parseCalendarCsv("日期,类型,名称\n").problems).toEqual([
      { line: 0, code: "EMPTY_FILE" },
    ]);
    // GBK bytes of 日期 decoded as UTF-8.
    const gbk = new TextDecoder("utf-8").decode(new Uint8Array([0xc8, 0xd5, 0xc6, 0xda]));
    expect(parseCalendarCsv(`${gbk},x,y\n`).problems).toEqual([{ line: 0, code: "NOT_UTF8" }]);
  });
});
