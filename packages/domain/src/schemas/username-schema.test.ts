import { describe, expect, it } from "vitest";
import { usernameSchema } from "./username-schema";

describe("usernameSchema", () => {
  it("trims and accepts letters, digits, dot, underscore and hyphen", () => {
    expect(usernameSchema.parse("  wang.li_01-a ")).toBe("wang.li_01-a");
  });

  it("refuses empty, too long and other characters", () => {
    for (const input of ["", "   ", "a".repeat(65), "wang li", "王力", "a@b"]) {
      expect(usernameSchema.safeParse(input).success, input).toBe(false);
    }
  });
});
