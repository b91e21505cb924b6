import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochDayOf, isoDateOfEpochDay } from "./epoch-day";
import { createWorkingCalendar } from "./working-calendar";

function days(from: string, to: string): string[] {
  const result: string[] = [];
  for (let day = epochDayOf(from); day <= epochDayOf(to); day++)
    result.push(isoDateOfEpochDay(day));
  return result;
}

// The 2026 arrangement of public holidays (国办发明电〔2025〕7号), as a fixture only: the real
// calendar is data seeded and maintained by administrators.
const calendar2026 = createWorkingCalendar({
  holidays: [
    ...days("2026-01-01", "2026-01-03"),
    ...days("2026-02-15", "2026-02-23"),
    ...days("2026-04-04", "2026-04-06"),
    ...days("2026-05-01", "2026-05-05"),
    ...days("2026-06-19", "2026-06-21"),
    ...days("2026-09-25", "2026-09-27"),
    ...days("2026-10-01", "2026-10-07"),
  ],
  makeUpWorkdays: [
    "2026-01-04",
    "2026-02-14",
    "2026-02-28",
    "2026-05-09",
    "2026-09-20",
    "2026-10-10",
  ],
});

const dateAround2026 = fc
  .integer({ min: epochDayOf("2025-12-01"), max: epochDayOf("2027-01-31") })
  .map(isoDateOfEpochDay);

describe("createWorkingCalendar()", () => {
  it("rejects a malformed date", () => {
    expect(() => createWorkingCalendar({ holidays: ["2026-10-32"], makeUpWorkdays: [] })).toThrow(
      RangeError,
    );
    expect(() => createWorkingCalendar({ holidays: [], makeUpWorkdays: ["2026/10/10"] })).toThrow(
      /make-up working day must be a real date written YYYY-MM-DD/,
    );
  });

  it("rejects a date listed both as a holiday and as a make-up working day", () => {
    expect(() =>
      createWorkingCalendar({ holidays: ["2026-10-10"], makeUpWorkdays: ["2026-10-10"] }),
    ).toThrow(/2026-10-10 is listed both/);
  });
});

describe("isWorkingDay()", () => {
  it("counts Monday to Friday and not the weekend in an ordinary week", () => {
    const empty = createWorkingCalendar({ holidays: [], makeUpWorkdays: [] });
    expect(days("2026-11-23", "2026-11-29").map(empty.isWorkingDay)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("skips holidays and counts declared weekend make-up days", () => {
    expect(calendar2026.isWorkingDay("2026-10-01")).toBe(false);
    expect(calendar2026.isWorkingDay("2026-10-10")).toBe(true);
    expect(calendar2026.isWorkingDay("2026-10-11")).toBe(false);
    expect(calendar2026.isWorkingDay("2026-01-04")).toBe(true);
  });

  it("rejects a malformed date", () => {
    expect(() => calendar2026.isWorkingDay("2026-02-30")).toThrow(RangeError);
  });
});

describe("addWorkingDays()", () => {
  it("makes an application of Wednesday 30 September 2026 due Saturday 10 October (DOMAIN.md)", () => {
    expect(calendar2026.addWorkingDays("2026-09-30", 3)).toBe("2026-10-10");
  });

  it("skips the Spring Festival and counts its Saturday make-up days", () => {
    expect(calendar2026.addWorkingDays("2026-02-13", 1)).toBe("2026-02-14");
    expect(calendar2026.addWorkingDays("2026-02-13", 3)).toBe("2026-02-25");
    expect(calendar2026.addWorkingDays("2026-02-26", 2)).toBe("2026-02-28");
  });

  it("skips the Labour Day holidays and counts Saturday 9 May", () => {
    expect(calendar2026.addWorkingDays("2026-04-30", 1)).toBe("2026-05-06");
    expect(calendar2026.addWorkingDays("2026-05-07", 2)).toBe("2026-05-09");
    expect(calendar2026.addWorkingDays("2026-05-07", 3)).toBe("2026-05-11");
  });

  it("counts Sunday 20 September before National Day", () => {
    expect(calendar2026.addWorkingDays("2026-09-18", 1)).toBe("2026-09-20");
    expect(calendar2026.addWorkingDays("2026-09-24", 1)).toBe("2026-09-28");
  });

  it("crosses New Year into the next year", () => {
    expect(calendar2026.addWorkingDays("2025-12-31", 1)).toBe("2026-01-04");
  });

  it("returns the date itself for n = 0, even on a holiday", () => {
    expect(calendar2026.addWorkingDays("2026-10-01", 0)).toBe("2026-10-01");
  });

  it("rejects a negative or fractional n and a malformed date", () => {
    expect(() => calendar2026.addWorkingDays("2026-09-30", -1)).toThrow(RangeError);
    expect(() => calendar2026.addWorkingDays("2026-09-30", 1.5)).toThrow(RangeError);
    expect(() => calendar2026.addWorkingDays("2026-9-30", 1)).toThrow(RangeError);
  });

  it("always lands on a working day strictly after the start", () => {
    fc.assert(
      fc.property(dateAround2026, fc.integer({ min: 1, max: 40 }), (date, n) => {
        const due = calendar2026.addWorkingDays(date, n);
        expect(calendar2026.isWorkingDay(due)).toBe(true);
        expect(due > date).toBe(true);
      }),
    );
  });

  it("counts exactly n working days after the start", () => {
    fc.assert(
      fc.property(dateAround2026, fc.integer({ min: 1, max: 40 }), (date, n) => {
        const due = calendar2026.addWorkingDays(date, n);
        const between = days(date, due).slice(1);
        expect(between.filter(calendar2026.isWorkingDay)).toHaveLength(n);
      }),
    );
  });

  it("moves strictly later as n grows", () => {
    fc.assert(
      fc.property(dateAround2026, fc.integer({ min: 0, max: 40 }), (date, n) => {
        expect(
          calendar2026.addWorkingDays(date, n + 1) > calendar2026.addWorkingDays(date, n),
        ).toBe(true);
      }),
    );
  });

  it("adds a + b working days as a, then b", () => {
    fc.assert(
      fc.property(dateAround2026, fc.nat(20), fc.nat(20), (date, a, b) => {
        expect(calendar2026.addWorkingDays(date, a + b)).toBe(
          calendar2026.addWorkingDays(calendar2026.addWorkingDays(date, a), b),
        );
      }),
    );
  });
});
