import { describe, expect, it } from "vitest";
import { residentIdSchema } from "./resident-id-schema";

describe("residentIdSchema", () => {
  it("normalises a valid number", () => {
    expect(residentIdSchema.parse(" 11010519491231002x ")).toBe("11010519491231002X");
  });

  it("reports the reason code as the message and never the number", () => {
    const input = "110105194912310021";
    const result = residentIdSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "CHECK_CHARACTER_MISMATCH",
    ]);
    expect(JSON.stringify(result.error?.issues)).not.toContain(input);
    expect(result.error?.message).not.toContain(input);
  });

  it("refuses input longer than 64 characters before validating it", () => {
    const input = "1".repeat(65);
    const result = residentIdSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain(input);
  });
});
