import { describe, expect, it } from "vitest";
import { monthSchema } from "./month-schema";

describe("monthSchema", () => {
  it("accepts YYYY-MM with a month from 01 to 12", () => {
    expect(monthSchema.parse("2026-01")).toBe("2026-01");
    expect(monthSchema.safeParse("2026-12").success).toBe(true);
  });

  it("rejects other shapes", () => {
    for (const text of ["2026-13", "2026-00", "2026-1", "202601", "2026-01-01"]) {
      expect(monthSchema.safeParse(text).success, text).toBe(false);
    }
  });
});
