import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format-date";

describe("formatDate()", () => {
  it("uses China's time zone, so a UTC evening is the next day", () => {
    expect(formatDate("2026-06-14T17:00:00.000Z")).toBe("2026-06-15");
  });
});

describe("formatDateTime()", () => {
  it("writes the hour on a 24-hour clock in UTC+8", () => {
    expect(formatDateTime("2026-01-05T06:30:00.000Z")).toBe("2026-01-05 14:30");
    expect(formatDateTime("2026-01-05T16:05:00.000Z")).toBe("2026-01-06 00:05");
  });
});
