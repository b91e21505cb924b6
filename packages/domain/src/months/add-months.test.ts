import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths } from "./add-months";

describe("addMonths()", () => {
  it("carries across year ends both ways", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-06", 0)).toBe("2026-06");
    expect(addMonths("2026-06", 24)).toBe("2028-06");
  });

  it("rejects a malformed month, a fractional n and years beyond 9999", () => {
    expect(() => addMonths("2026-13", 1)).toThrow(RangeError);
    expect(() => addMonths("2026-1", 1)).toThrow(RangeError);
    expect(() => addMonths("2026-01", 0.5)).toThrow(RangeError);
    expect(() => addMonths("9999-12", 1)).toThrow(RangeError);
  });

  it("adds a + b months as a, then b", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -600, max: 600 }),
        fc.integer({ min: -600, max: 600 }),
        (a, b) => {
          expect(addMonths("2000-06", a + b)).toBe(addMonths(addMonths("2000-06", a), b));
        },
      ),
    );
  });
});
