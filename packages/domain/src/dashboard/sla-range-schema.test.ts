import { describe, expect, it } from "vitest";
import { monthRange } from "./month-range";
import { slaRangeSchema } from "./sla-range-schema";

const reasons = (range: unknown) => {
  const result = slaRangeSchema.safeParse(range);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("slaRangeSchema", () => {
  it("takes a single day, a month and a whole leap year", () => {
    expect(reasons({ from: "2026-11-25", to: "2026-11-25" })).toEqual([]);
    expect(reasons(monthRange("2026-11"))).toEqual([]);
    expect(reasons({ from: "2028-01-01", to: "2028-12-31" })).toEqual([]);
  });

  it("refuses an end before the start, more than 366 days, and a date that is not real", () => {
    expect(reasons({ from: "2026-11-30", to: "2026-11-01" })).toEqual(["RANGE_REVERSED"]);
    expect(reasons({ from: "2026-01-01", to: "2027-01-02" })).toEqual(["RANGE_TOO_LONG"]);
    expect(reasons({ from: "2026-02-30", to: "2026-03-01" })).toEqual(["ISO_DATE_FORMAT"]);
  });
});

describe("monthRange()", () => {
  it("runs from the first to the last day of the month", () => {
    expect(monthRange("2026-11")).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(monthRange("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(monthRange("2026-12")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(() => monthRange("2026-13")).toThrow(RangeError);
  });
});
