import { describe, expect, it } from "vitest";
import { calendar2026 } from "./calendar-2026";

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

describe("calendar2026", () => {
  it("puts every make-up working day on a weekend", () => {
    const makeUpDays = calendar2026.filter((day) => day.kind === "MAKE_UP_WORKDAY");
    expect(makeUpDays.map((day) => day.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
    for (const day of makeUpDays) expect([0, 6]).toContain(weekday(day.date));
  });

  it("gives National Day 1–7 October off", () => {
    const nationalDay = calendar2026.filter(
      (day) => day.name === "国庆节" && day.kind === "HOLIDAY",
    );
    expect(nationalDay.map((day) => day.date)).toEqual([
      "2026-10-01",
      "2026-10-02",
      "2026-10-03",
      "2026-10-04",
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
    ]);
  });

  it("lists each date once", () => {
    const dates = calendar2026.map((day) => day.date);
    expect(new Set(dates).size).toBe(dates.length);
  });
});
