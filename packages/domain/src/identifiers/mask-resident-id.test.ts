import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskResidentId } from "./mask-resident-id";

describe("maskResidentId()", () => {
  it("keeps the region code and the last four characters only", () => {
    expect(maskResidentId("11010519491231002X")).toBe("110105********002X");
  });

  it("masks a number typed with spaces around it or a lower-case x like the stored one", () => {
    expect(maskResidentId(" 11010519491231002x ")).toBe("110105********002X");
  });

  it("masks anything that is not 18 characters long whole", () => {
    expect(maskResidentId("110105491231002")).toBe("***************");
    expect(maskResidentId("")).toBe("");
  });

  it("never shows characters 7–14 of any input", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ minLength: 18, maxLength: 18 }), fc.string({ maxLength: 40 })),
        (input) => {
          const masked = maskResidentId(input);
          expect(masked).toHaveLength(input.trim().length);
          expect(masked.slice(6, 14)).toMatch(/^\**$/);
        },
      ),
    );
  });
});
