import { describe, expect, it } from "vitest";
import { extendedIdleExpiry, newSessionExpiry } from "./session-policy";

describe("newSessionExpiry()", () => {
  it("ends an idle session after 30 minutes and any session after 12 hours", () => {
    const now = new Date("2026-11-25T00:00:00Z");
    const expiry = newSessionExpiry(now);
    expect(expiry.idleExpiresAt.toISOString()).toBe("2026-11-25T00:30:00.000Z");
    expect(expiry.absoluteExpiresAt.toISOString()).toBe("2026-11-25T12:00:00.000Z");
  });
});

describe("extendedIdleExpiry()", () => {
  it("never extends past the absolute lifetime", () => {
    const absolute = new Date("2026-11-25T12:00:00Z");
    const lateActivity = new Date("2026-11-25T11:50:00Z");
    expect(extendedIdleExpiry(lateActivity, absolute).toISOString()).toBe(absolute.toISOString());
  });
});
