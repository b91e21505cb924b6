import { describe, expect, it } from "vitest";
import { isPasswordExpired, passwordExpiresAt } from "./password-expiry";
import { passwordPolicy } from "./password-policy";

const changedAt = new Date("2026-01-05T01:30:00Z");

describe("passwordExpiresAt()", () => {
  it("is 90 days after the change for staff", () => {
    expect(passwordExpiresAt(changedAt, passwordPolicy.staffMaxAgeDays).toISOString()).toBe(
      "2026-04-05T01:30:00.000Z",
    );
  });

  it("refuses an age that is not a whole number of days, 1 or more", () => {
    expect(() => passwordExpiresAt(changedAt, 0)).toThrow(RangeError);
    expect(() => passwordExpiresAt(changedAt, 1.5)).toThrow(RangeError);
  });
});

describe("isPasswordExpired()", () => {
  it("holds from the expiry moment on and not a millisecond before", () => {
    const expiresAt = passwordExpiresAt(changedAt, 90);
    const justBefore = new Date(expiresAt.getTime() - 1);
    expect(isPasswordExpired(changedAt, justBefore, 90)).toBe(false);
    expect(isPasswordExpired(changedAt, expiresAt, 90)).toBe(true);
  });
});
