import { describe, expect, it } from "vitest";
import { chinaToday } from "./china-today";
import { startOfChinaDay } from "./start-of-china-day";

describe("startOfChinaDay()", () => {
  it("starts a day in China at 16:00 UTC the day before", () => {
    expect(startOfChinaDay("2026-12-01").toISOString()).toBe("2026-11-30T16:00:00.000Z");
  });

  it("is the first instant whose China date is that day", () => {
    const start = startOfChinaDay("2026-10-01");
    expect(chinaToday(start)).toBe("2026-10-01");
    expect(chinaToday(new Date(start.getTime() - 1))).toBe("2026-09-30");
  });

  it("refuses text that is not a date", () => {
    expect(() => startOfChinaDay("December")).toThrow(RangeError);
  });
});
