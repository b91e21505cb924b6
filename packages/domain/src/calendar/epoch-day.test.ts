import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOfWeek, epochDayOf, isoDateOfEpochDay } from "./epoch-day";

describe("epochDayOf()", () => {
  it("counts days from 1970-01-01 as Date.UTC does", () => {
    expect(epochDayOf("1970-01-01")).toBe(0);
    expect(epochDayOf("2026-10-10")).toBe(Date.UTC(2026, 9, 10) / 86_400_000);
    expect(epochDayOf("1880-01-01")).toBe(Date.UTC(1880, 0, 1) / 86_400_000);
  });

  it("round-trips with isoDateOfEpochDay() for every day of years 0000–9999", () => {
    const first = epochDayOf("0000-01-01");
    const last = epochDayOf("9999-12-31");
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        expect(epochDayOf(isoDateOfEpochDay(day))).toBe(day);
      }),
    );
  });

  it("agrees with Date for years from 100 on", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("0100-01-01T00:00:00Z"),
          max: new Date("9999-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(isoDateOfEpochDay(Math.floor(date.getTime() / 86_400_000))).toBe(iso);
        },
      ),
    );
  });
});

describe("dayOfWeek()", () => {
  it("knows 2026-10-10 is a Saturday and 2026-09-20 a Sunday", () => {
    expect(dayOfWeek("2026-10-10")).toBe(6);
    expect(dayOfWeek("2026-09-20")).toBe(0);
    expect(dayOfWeek("2026-09-30")).toBe(3);
  });
});
