import { describe, expect, it } from "vitest";
import { test2027CalendarYear } from "./calendar-year-2027.fixture";
import { type CalendarYearEntry, checkCalendarYear } from "./calendar-year-check";
import { calendarYearEntrySchema } from "./calendar-year-schema";
import { china2026Arrangement } from "./china-2026-calendar.fixture";
import { createCoveredWorkingCalendar } from "./covered-working-calendar";

// The holiday each 2026 date belongs to, by month (the fixture lists dates only).
const holidayOfMonth: Record<string, string> = {
  "01": "元旦",
  "02": "春节",
  "04": "清明节",
  "05": "劳动节",
  "06": "端午节",
  "09": "中秋节",
  "10": "国庆节",
};
const named = (date: string) => ({ date, name: holidayOfMonth[date.slice(5, 7)] ?? "节假日" });

/** The real 2026 arrangement (国办发明电〔2025〕7号) as an administrator would enter it. */
const real2026: CalendarYearEntry = {
  year: 2026,
  notice: "国办发明电〔2025〕7号",
  holidays: china2026Arrangement.holidays.map(named),
  makeUpWorkdays: china2026Arrangement.makeUpWorkdays.map(named),
};

describe("checkCalendarYear()", () => {
  it("finds nothing wrong with the 2026 notice or the 2027 test arrangement", () => {
    expect(checkCalendarYear(real2026)).toEqual([]);
    expect(checkCalendarYear(test2027CalendarYear)).toEqual([]);
  });

  it("refuses a make-up working day on a weekday, at its row", () => {
    const entry = {
      ...real2026,
      // Thursday 8 October 2026 is a working day already.
      makeUpWorkdays: [...real2026.makeUpWorkdays, { date: "2026-10-08", name: "国庆节" }],
    };
    expect(checkCalendarYear(entry)).toEqual([
      { path: ["makeUpWorkdays", 6, "date"], code: "MAKE_UP_DAY_ON_WEEKDAY" },
    ]);
  });

  it("refuses a date that is both a holiday and a make-up day, at both rows", () => {
    const entry = {
      ...real2026,
      holidays: [...real2026.holidays, { date: "2026-10-10", name: "国庆节" }],
    };
    expect(checkCalendarYear(entry)).toEqual([
      { path: ["holidays", real2026.holidays.length, "date"], code: "HOLIDAY_ON_MAKE_UP_DAY" },
      { path: ["makeUpWorkdays", 5, "date"], code: "HOLIDAY_ON_MAKE_UP_DAY" },
    ]);
  });

  it("gives every problem at once: another year, a repeat, a bad date, no name, no notice", () => {
    const entry: CalendarYearEntry = {
      year: 2027,
      notice: "",
      holidays: [
        { date: "2027-01-01", name: "元旦" },
        { date: "2026-12-31", name: "元旦" },
        { date: "2027-01-01", name: "元旦" },
        { date: "2027-02-30", name: "春节" },
        { date: "2027-02-05", name: "" },
        { date: "2027-02-06", name: "春".repeat(41) },
      ],
      // Wednesday 3 February, and a Saturday that is also listed twice.
      makeUpWorkdays: [
        { date: "2027-02-03", name: "春节" },
        { date: "2027-02-20", name: "春节" },
        { date: "2027-02-20", name: "春节" },
      ],
    };
    expect(checkCalendarYear(entry)).toEqual([
      { path: ["holidays", 1, "date"], code: "DATE_OUTSIDE_YEAR" },
      { path: ["holidays", 2, "date"], code: "DUPLICATE_DATE" },
      { path: ["holidays", 3, "date"], code: "ISO_DATE_FORMAT" },
      { path: ["holidays", 4, "name"], code: "NAME_EMPTY" },
      { path: ["holidays", 5, "name"], code: "NAME_TOO_LONG" },
      { path: ["makeUpWorkdays", 2, "date"], code: "DUPLICATE_DATE" },
      { path: ["makeUpWorkdays", 0, "date"], code: "MAKE_UP_DAY_ON_WEEKDAY" },
      { path: ["notice"], code: "NOTICE_EMPTY" },
    ]);
  });

  it("refuses a notice without holidays", () => {
    expect(checkCalendarYear({ ...test2027CalendarYear, holidays: [] })).toContainEqual({
      path: ["holidays"],
      code: "NO_HOLIDAYS",
    });
  });
});

describe("calendarYearEntrySchema", () => {
  it("trims names and the notice, and reports the check's problems as issues at their rows", () => {
    const parsed = calendarYearEntrySchema.safeParse({
      ...test2027CalendarYear,
      notice: "   ",
      makeUpWorkdays: [{ date: "2027-10-08", name: " 国庆节 " }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["makeUpWorkdays", 0, "date"], "MAKE_UP_DAY_ON_WEEKDAY"],
      [["notice"], "NOTICE_EMPTY"],
    ]);
    const ok = calendarYearEntrySchema.parse({
      ...test2027CalendarYear,
      holidays: [{ date: "2027-01-01", name: " 元旦 " }],
    });
    expect(ok.holidays).toEqual([{ date: "2027-01-01", name: "元旦" }]);
  });

  it("takes years 2000 to 2100 only", () => {
    expect(calendarYearEntrySchema.safeParse({ ...test2027CalendarYear, year: 1999 }).success).toBe(
      false,
    );
  });
});

describe("the 2027 test arrangement", () => {
  const calendar = createCoveredWorkingCalendar({
    holidays: test2027CalendarYear.holidays.map((day) => day.date),
    makeUpWorkdays: test2027CalendarYear.makeUpWorkdays.map((day) => day.date),
    coveredYears: [2027],
  });

  it("dates a Thursday before National Day to the Monday after its Saturday make-up day", () => {
    // 1–7 October are holidays; Friday 8 and Saturday 9 (make-up) count, then Monday 11.
    expect(calendar.addWorkingDays("2027-09-30", 3)).toBe("2027-10-11");
  });

  it("counts Sunday 31 January before the Spring Festival", () => {
    expect(calendar.addWorkingDays("2027-01-29", 1)).toBe("2027-01-31");
    expect(calendar.addWorkingDays("2027-02-04", 1)).toBe("2027-02-14");
  });
});
