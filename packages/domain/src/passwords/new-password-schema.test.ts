import { describe, expect, it } from "vitest";
import { newPasswordSchema } from "./new-password-schema";

describe("newPasswordSchema", () => {
  it("accepts the demo password as typed, spaces included", () => {
    expect(newPasswordSchema.parse("Yibao@2026")).toBe("Yibao@2026");
    expect(newPasswordSchema.parse(" Yibao@2026 ")).toBe(" Yibao@2026 ");
  });

  it("reports each rejection code as a message and never the password", () => {
    const input = "iloveyou";
    const result = newPasswordSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["TOO_FEW_KINDS", "COMMON"]);
    expect(JSON.stringify(result.error?.issues)).not.toContain(input);
  });

  it("leaves the rules about the person to the service", () => {
    expect(newPasswordSchema.safeParse("Qz!19680312").success).toBe(true);
  });
});
