import { describe, expect, it } from "vitest";
import type { CellObject } from "write-excel-file/browser";
import { batchErrorRows } from "./batch-error-rows";

const words = {
  rowHeader: "行号",
  problemHeader: "问题",
  problemsOf: (row: { errors: readonly { reason: string }[] }) =>
    row.errors.map((error) => error.reason).join("；"),
};

const cellOf = (cell: unknown): CellObject => (cell ?? {}) as CellObject;

describe("batchErrorRows()", () => {
  const sheet = batchErrorRows(
    [
      {
        row: 4,
        errors: [{ column: "NAME", reason: "REQUIRED" }],
        cells: {
          name: "",
          residentId: "530125198506120038",
          phone: "13800138000",
          servicePoint: "",
        },
      },
      {
        row: 7,
        errors: [
          { column: "NAME", reason: "TOO_LONG" },
          { column: "PHONE", reason: "PHONE_FORMAT" },
        ],
        cells: {
          name: '=HYPERLINK("http://x","点我")',
          residentId: "+86 138",
          phone: "-1+1",
          servicePoint: "@SUM(A1)",
        },
      },
    ],
    words,
  );

  it("lists each invalid row under the template's headers, with its number and every reason", () => {
    expect(sheet[0]?.map((cell) => cellOf(cell).value)).toEqual([
      "行号",
      "姓名",
      "身份证号码",
      "手机号码",
      "服务点",
      "问题",
    ]);
    expect(sheet.map((row) => cellOf(row[0]).value)).toEqual(["行号", 4, 7]);
    expect(cellOf(sheet[2]?.[5]).value).toBe("TOO_LONG；PHONE_FORMAT");
    expect(cellOf(sheet[1]?.[2]).value).toBe("530125198506120038");
  });

  it("writes every cell as text, and none that a spreadsheet would run as a formula", () => {
    for (const row of sheet.slice(1)) {
      for (const cell of row.slice(1)) {
        const { type, value } = cellOf(cell);
        expect(type).toBe(String);
        expect(String(value)).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    expect(cellOf(sheet[2]?.[1]).value).toBe(`'=HYPERLINK("http://x","点我")`);
  });
});
