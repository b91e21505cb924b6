import { describe, expect, it } from "vitest";
import { afterFailedLogin, isLockedOut, loginLockoutPolicy } from "./login-lockout";

const now = new Date("2026-11-25T02:00:00Z");

describe("afterFailedLogin()", () => {
  it("counts failures below the limit without locking", () => {
    expect(afterFailedLogin(0, now)).toEqual({ failedLoginCount: 1, lockedUntil: null });
    expect(afterFailedLogin(3, now)).toEqual({ failedLoginCount: 4, lockedUntil: null });
  });

  it("locks for 30 minutes on the fifth failure and starts a fresh count", () => {
    const state = afterFailedLogin(loginLockoutPolicy.maxFailures - 1, now);
    expect(state.failedLoginCount).toBe(0);
    expect(state.lockedUntil?.toISOString()).toBe("2026-11-25T02:30:00.000Z");
  });
});

describe("isLockedOut()", () => {
  it("holds until the lock ends and not a moment after", () => {
    const lockedUntil = new Date("2026-11-25T02:30:00Z");
    expect(isLockedOut({ failedLoginCount: 0, lockedUntil }, now)).toBe(true);
    expect(isLockedOut({ failedLoginCount: 0, lockedUntil }, lockedUntil)).toBe(false);
    expect(isLockedOut({ failedLoginCount: 4, lockedUntil: null }, now)).toBe(false);
  });
});
