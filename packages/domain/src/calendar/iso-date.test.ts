import { describe, expect, it } from "vitest";
import { isIsoDate, parseIsoDate } from "./iso-date";

describe("parseIsoDate()", () => {
  it("accepts real dates, including a proleptic year such as 0400-02-29", () => {
    expect(parseIsoDate("2026-10-10")).toEqual({ year: 2026, month: 10, day: 10 });
    expect(isIsoDate("0400-02-29")).toBe(true);
  });

  it("accepts February 29 only in leap years", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2026-02-29")).toBe(false);
  });

  it("rejects impossible or loosely written dates", () => {
    for (const text of [
      "2026-13-01",
      "2026-00-10",
      "2026-04-31",
      "2026-1-1",
      "20261010",
      " 2026-10-10",
      "",
    ]) {
      expect(isIsoDate(text)).toBe(false);
    }
  });
});
