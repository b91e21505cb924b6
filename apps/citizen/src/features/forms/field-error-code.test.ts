import { describe, expect, it } from "vitest";
import { fieldErrorCode } from "./field-error-code";

describe("fieldErrorCode()", () => {
  it("takes a domain rule's code from a custom issue's message", () => {
    expect(fieldErrorCode({ type: "custom", message: "PHONE_FORMAT" })).toBe("PHONE_FORMAT");
  });

  it("takes a built-in issue's code from its type, not its English message", () => {
    expect(fieldErrorCode({ type: "too_small", message: "Too small: expected…" })).toBe(
      "too_small",
    );
  });

  it("has no code without an error", () => {
    expect(fieldErrorCode(undefined)).toBeNull();
  });
});
