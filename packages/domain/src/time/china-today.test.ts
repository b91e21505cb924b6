import { describe, expect, it } from "vitest";
import { chinaToday } from "./china-today";

describe("chinaToday()", () => {
  it("turns to the next day at 16:00 UTC, which is midnight in China", () => {
    expect(chinaToday(new Date("2026-09-30T15:59:59.999Z"))).toBe("2026-09-30");
    expect(chinaToday(new Date("2026-09-30T16:00:00.000Z"))).toBe("2026-10-01");
  });

  it("returns a date string when called without an argument", () => {
    expect(chinaToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("rejects an invalid Date", () => {
    expect(() => chinaToday(new Date(Number.NaN))).toThrow(RangeError);
  });
});
