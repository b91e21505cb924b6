import { batchColumnHeaders, batchInstructionMarkers } from "@yibao/domain";
import { describe, expect, it } from "vitest";
import type { CellObject } from "write-excel-file/browser";
import { batchTemplateRows } from "./batch-template";

const cellAt = (row: unknown[] | undefined, index: number) => row?.[index] as CellObject | null;

describe("batchTemplateRows()", () => {
  const [header, instructions, ...rows] = batchTemplateRows();

  it("has the batch's headers in row 1, as the server's reader finds them", () => {
    expect(header?.map((cell) => (cell as CellObject).value)).toEqual([
      batchColumnHeaders.NAME,
      batchColumnHeaders.RESIDENT_ID,
      batchColumnHeaders.PHONE,
      batchColumnHeaders.SERVICE_POINT,
    ]);
  });

  it("has an instructions row that the reader skips: it starts with one of its markers", () => {
    const text = String(cellAt(instructions, 0)?.value ?? "");
    expect(batchInstructionMarkers.some((marker) => text.startsWith(marker))).toBe(true);
  });

  it("formats the ID and mobile columns as text below the instructions, and nothing else", () => {
    expect(rows.length).toBeGreaterThanOrEqual(1000);
    for (const row of [rows[0], rows.at(-1)]) {
      expect(cellAt(row, 0)).toBeNull();
      expect(cellAt(row, 1)).toMatchObject({ type: String, format: "@" });
      expect(cellAt(row, 2)).toMatchObject({ type: String, format: "@" });
      expect(cellAt(row, 3)).toBeNull();
      expect(cellAt(row, 1)?.value).toBeUndefined();
    }
  });
});
