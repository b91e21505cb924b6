import { describe, expect, it } from "vitest";
import { daysUntilExpiry, isExpirySoon } from "./password-expiry";

const now = Date.parse("2026-06-01T02:00:00Z");

describe("daysUntilExpiry()", () => {
  it("counts part of a day as a day, and stops at 0 once the password has expired", () => {
    expect(daysUntilExpiry("2026-06-01T12:00:00Z", now)).toBe(1);
    expect(daysUntilExpiry("2026-06-15T02:00:00Z", now)).toBe(14);
    expect(daysUntilExpiry("2026-05-30T00:00:00Z", now)).toBe(0);
  });

  it("has nothing to count for a password that does not age", () => {
    expect(daysUntilExpiry(null, now)).toBeNull();
  });
});

describe("isExpirySoon()", () => {
  it("holds in the last 14 days and not before", () => {
    expect(isExpirySoon("2026-06-15T02:00:00Z", now)).toBe(true);
    expect(isExpirySoon("2026-06-15T02:00:01Z", now)).toBe(false);
    expect(isExpirySoon(null, now)).toBe(false);
  });
});
