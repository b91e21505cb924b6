import { describe, expect, it } from "vitest";
import { formatMonth } from "./format-month";

describe("formatMonth()", () => {
  it("writes the year and month in Chinese", () => {
    expect(formatMonth("2026-07", "zh-CN")).toBe("2026年7月");
    expect(formatMonth("2026-10", "zh-CN")).toBe("2026年10月");
  });

  it("writes the month's name and the year in English", () => {
    expect(formatMonth("2026-07", "en")).toBe("July 2026");
  });

  it("keeps January and December in their own year", () => {
    expect(formatMonth("2026-01", "zh-CN")).toBe("2026年1月");
    expect(formatMonth("2025-12", "en")).toBe("December 2025");
  });

  it("shows anything that is not a month as it was sent", () => {
    expect(formatMonth("2026-13", "zh-CN")).toBe("2026-13");
    expect(formatMonth("", "en")).toBe("");
  });
});
