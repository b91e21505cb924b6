import { describe, expect, it } from "vitest";
import { rateLimitWindow } from "./rate-limit-policy";

describe("rateLimitWindow()", () => {
  it("puts a moment into its fixed window and says how long until the next", () => {
    const now = new Date("2026-12-01T02:00:45.200Z");
    const window = rateLimitWindow({ limit: 20, windowSeconds: 60 }, now);
    expect(window.start.toISOString()).toBe("2026-12-01T02:00:00.000Z");
    expect(window.retryAfterSeconds).toBe(15);
  });

  it("never asks to wait less than a second", () => {
    const window = rateLimitWindow(
      { limit: 1, windowSeconds: 60 },
      new Date("2026-12-01T02:00:59.999Z"),
    );
    expect(window.retryAfterSeconds).toBe(1);
  });
});
