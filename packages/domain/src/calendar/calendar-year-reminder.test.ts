import { describe, expect, it } from "vitest";
import { calendarReminderDue } from "./calendar-year-reminder";

describe("calendarReminderDue()", () => {
  it("asks for next year from 1 November while it is missing", () => {
    expect(calendarReminderDue("2026-10-31", [2026])).toBeNull();
    expect(calendarReminderDue("2026-11-01", [2026])).toBe(2027);
    expect(calendarReminderDue("2026-12-31", [2026])).toBe(2027);
  });

  it("stops asking once next year is entered", () => {
    expect(calendarReminderDue("2026-11-25", [2026, 2027])).toBeNull();
  });

  it("keeps asking in January for the year that has begun without its notice", () => {
    expect(calendarReminderDue("2027-01-04", [2026])).toBe(2027);
  });

  it("rejects a malformed date", () => {
    expect(() => calendarReminderDue("2026-11-31", [2026])).toThrow(RangeError);
  });
});
