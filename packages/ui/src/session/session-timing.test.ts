import { describe, expect, it } from "vitest";
import { remainingTime, sessionPhase, shouldExtendOnActivity } from "./session-timing";

const expiresAt = Date.parse("2026-06-15T10:30:00Z");

describe("sessionPhase()", () => {
  it("is active until 2 minutes before the idle deadline", () => {
    expect(sessionPhase(expiresAt - 2 * 60_000 - 1, expiresAt)).toBe("active");
  });
  it("warns in the last 2 minutes", () => {
    expect(sessionPhase(expiresAt - 2 * 60_000, expiresAt)).toBe("warning");
    expect(sessionPhase(expiresAt - 1, expiresAt)).toBe("warning");
  });
  it("has expired at the deadline", () => {
    expect(sessionPhase(expiresAt, expiresAt)).toBe("expired");
  });
});

describe("shouldExtendOnActivity()", () => {
  it("extends at most once a minute", () => {
    const last = Date.parse("2026-06-15T10:00:00Z");
    expect(shouldExtendOnActivity(last + 59_999, last)).toBe(false);
    expect(shouldExtendOnActivity(last + 60_000, last)).toBe(true);
  });
});

describe("remainingTime()", () => {
  it("rounds up to the next whole second and never goes below zero", () => {
    expect(remainingTime(expiresAt - 119_500, expiresAt)).toEqual({ minutes: 2, seconds: 0 });
    expect(remainingTime(expiresAt - 61_000, expiresAt)).toEqual({ minutes: 1, seconds: 1 });
    expect(remainingTime(expiresAt + 5_000, expiresAt)).toEqual({ minutes: 0, seconds: 0 });
  });
});
