import { describe, expect, it } from "vitest";
import { compareMonths } from "./compare-months";

describe("compareMonths()", () => {
  it("orders months by time", () => {
    expect(compareMonths("2025-12", "2026-01")).toBe(-1);
    expect(compareMonths("2026-01", "2026-01")).toBe(0);
    expect(compareMonths("2026-10", "2026-09")).toBe(1);
    expect(["2026-10", "2025-12", "2026-02"].sort(compareMonths)).toEqual([
      "2025-12",
      "2026-02",
      "2026-10",
    ]);
  });

  it("rejects a malformed month", () => {
    expect(() => compareMonths("2026-00", "2026-01")).toThrow(RangeError);
  });
});
