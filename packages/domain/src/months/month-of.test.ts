import { describe, expect, it } from "vitest";
import { monthOf } from "./month-of";

describe("monthOf()", () => {
  it("takes the month of a date", () => {
    expect(monthOf("2026-10-10")).toBe("2026-10");
  });

  it("rejects a date that does not exist", () => {
    expect(() => monthOf("2026-02-29")).toThrow(RangeError);
  });
});
