import { describe, expect, it } from "vitest";
import { passwordInputSchema } from "./password-input-schema";

describe("passwordInputSchema", () => {
  it("keeps a weak password and its spaces: strength is not checked at login", () => {
    expect(passwordInputSchema.parse(" 1 ")).toBe(" 1 ");
  });

  it("refuses an empty password and one over 128 characters", () => {
    expect(passwordInputSchema.safeParse("").success).toBe(false);
    expect(passwordInputSchema.safeParse("a".repeat(128)).success).toBe(true);
    expect(passwordInputSchema.safeParse("a".repeat(129)).success).toBe(false);
  });
});
