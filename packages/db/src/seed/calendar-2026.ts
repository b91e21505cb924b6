import type { CalendarDayKind } from "../generated/prisma/enums";

export interface CalendarDay {
  /** `YYYY-MM-DD` */
  date: string;
  kind: CalendarDayKind;
  /** The holiday the day belongs to. */
  name: string;
  /** The notice that fixed it. */
  notice: string;
}

const notice = "国办发明电〔2025〕7号";

function holidays(name: string, dates: string[]): CalendarDay[] {
  return dates.map((date) => ({ date, kind: "HOLIDAY", name, notice }));
}

function makeUpWorkdays(name: string, dates: string[]): CalendarDay[] {
  return dates.map((date) => ({ date, kind: "MAKE_UP_WORKDAY", name, notice }));
}

function range(from: string, days: number): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  return Array.from({ length: days }, (_, index) =>
    new Date(start.getTime() + index * 86_400_000).toISOString().slice(0, 10),
  );
}

/**
 * The 2026 public holidays and make-up working days (调休上班), from the State Council General
 * Office's notice 国办发明电〔2025〕7号. Monday–Friday is a working day unless listed here as a
 * holiday; a weekend day is one only if listed as a make-up working day (DOMAIN.md, "Working days").
 */
export const calendar2026: readonly CalendarDay[] = [
  ...holidays("元旦", range("2026-01-01", 3)),
  ...makeUpWorkdays("元旦", ["2026-01-04"]),
  ...holidays("春节", range("2026-02-15", 9)),
  ...makeUpWorkdays("春节", ["2026-02-14", "2026-02-28"]),
  ...holidays("清明节", range("2026-04-04", 3)),
  ...holidays("劳动节", range("2026-05-01", 5)),
  ...makeUpWorkdays("劳动节", ["2026-05-09"]),
  ...holidays("端午节", range("2026-06-19", 3)),
  ...holidays("中秋节", range("2026-09-25", 3)),
  ...holidays("国庆节", range("2026-10-01", 7)),
  ...makeUpWorkdays("国庆节", ["2026-09-20", "2026-10-10"]),
];
