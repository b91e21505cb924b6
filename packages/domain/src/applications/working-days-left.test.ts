import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { china2026Calendar } from "../calendar/china-2026-calendar.fixture";
import { epochDayOf, isoDateOfEpochDay } from "../calendar/epoch-day";
import { defaultPickupDays, pickupDeadlineOf } from "./pickup-deadline-of";
import { isDueToday, isOverdue, workingDaysLeft } from "./working-days-left";

describe("workingDaysLeft()", () => {
  it("counts down to Saturday 10 October 2026, a make-up working day", () => {
    expect(workingDaysLeft("2026-10-10", "2026-09-30", china2026Calendar)).toBe(3);
    expect(workingDaysLeft("2026-10-10", "2026-10-05", china2026Calendar)).toBe(3);
    expect(workingDaysLeft("2026-10-10", "2026-10-09", china2026Calendar)).toBe(1);
    expect(workingDaysLeft("2026-10-10", "2026-10-10", china2026Calendar)).toBe(0);
  });

  it("is negative once overdue, from the very next day", () => {
    expect(workingDaysLeft("2026-10-10", "2026-10-11", china2026Calendar)).toBe(-1);
    expect(workingDaysLeft("2026-10-10", "2026-10-12", china2026Calendar)).toBe(-1);
    expect(workingDaysLeft("2026-10-10", "2026-10-13", china2026Calendar)).toBe(-2);
  });

  const dateAround2026 = fc
    .integer({ min: epochDayOf("2025-12-01"), max: epochDayOf("2027-01-31") })
    .map(isoDateOfEpochDay);

  it("says early, due or late by its sign, as isOverdue and isDueToday do", () => {
    fc.assert(
      fc.property(dateAround2026, dateAround2026, (dueDate, today) => {
        const left = workingDaysLeft(dueDate, today, china2026Calendar);
        expect(Math.sign(left)).toBe(Math.sign(epochDayOf(dueDate) - epochDayOf(today)));
        expect(isOverdue(dueDate, today)).toBe(left < 0);
        expect(isDueToday(dueDate, today)).toBe(left === 0);
      }),
    );
  });

  it("rejects a malformed date", () => {
    expect(() => workingDaysLeft("2026-10-32", "2026-10-01", china2026Calendar)).toThrow(
      RangeError,
    );
    expect(() => isOverdue("2026-10-10", "2026/10/11")).toThrow(RangeError);
  });
});

describe("pickupDeadlineOf()", () => {
  it("adds the pickup period in calendar days, 180 by default", () => {
    expect(defaultPickupDays).toBe(180);
    expect(pickupDeadlineOf("2026-10-10")).toBe("2027-04-08");
    expect(pickupDeadlineOf("2026-10-10", 90)).toBe("2027-01-08");
  });

  it("rejects a period that is not a whole number of days", () => {
    expect(() => pickupDeadlineOf("2026-10-10", 0)).toThrow(RangeError);
    expect(() => pickupDeadlineOf("2026-10-10", 1.5)).toThrow(RangeError);
  });
});
