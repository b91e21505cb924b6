import { describe, expect, it } from "vitest";
import { china2026Arrangement, china2026Calendar } from "./china-2026-calendar.fixture";
import { createCoveredWorkingCalendar } from "./covered-working-calendar";

describe("createCoveredWorkingCalendar()", () => {
  it("counts the 2026 arrangement in a covered year", () => {
    expect(china2026Calendar.addWorkingDays("2026-09-30", 3)).toBe("2026-10-10");
    expect(china2026Calendar.isWorkingDay("2026-02-14")).toBe(true);
    expect(china2026Calendar.isWorkingDay("2026-02-16")).toBe(false);
  });

  it("knows which dates it covers", () => {
    expect(china2026Calendar.covers("2026-12-31")).toBe(true);
    expect(china2026Calendar.covers("2027-01-01")).toBe(false);
    expect(china2026Calendar.coveredYears).toEqual([2026]);
  });

  it("counts weekdays only in a year it does not cover, ignoring that year's draft dates", () => {
    const calendar = createCoveredWorkingCalendar({
      ...china2026Arrangement,
      // 2027's New Year entered as a draft, the year not yet marked as covered.
      holidays: [...china2026Arrangement.holidays, "2027-01-01"],
      makeUpWorkdays: [...china2026Arrangement.makeUpWorkdays, "2027-01-02"],
    });
    expect(calendar.isWorkingDay("2027-01-01")).toBe(true);
    expect(calendar.isWorkingDay("2027-01-02")).toBe(false);
    expect(calendar.addWorkingDays("2026-12-30", 3)).toBe("2027-01-04");
  });

  it("uses a year's dates once the year is covered", () => {
    const calendar = createCoveredWorkingCalendar({
      holidays: ["2027-01-01"],
      makeUpWorkdays: [],
      coveredYears: [2027],
    });
    expect(calendar.isWorkingDay("2027-01-01")).toBe(false);
  });

  it("rejects a covered year that is not a whole year and a malformed draft date", () => {
    expect(() =>
      createCoveredWorkingCalendar({ holidays: [], makeUpWorkdays: [], coveredYears: [2026.5] }),
    ).toThrow(RangeError);
    expect(() =>
      createCoveredWorkingCalendar({
        holidays: ["2027-13-01"],
        makeUpWorkdays: [],
        coveredYears: [],
      }),
    ).toThrow(/Each holiday must be a real date/);
  });
});
