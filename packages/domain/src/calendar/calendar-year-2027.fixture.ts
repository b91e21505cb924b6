import type { CalendarYearDay, CalendarYearEntry } from "./calendar-year-check";
import { daysFromTo } from "./china-2026-calendar.fixture";

const named = (name: string, dates: readonly string[]): CalendarYearDay[] =>
  dates.map((date) => ({ date, name }));

/**
 * A 2027 arrangement for tests only: shaped like a State Council notice (New Year, a nine-day
 * Spring Festival from New Year's Eve with two Sunday make-up days, National Day with one
 * Sunday and one Saturday), but not the real one, which is not out when this was written.
 */
export const test2027CalendarYear: CalendarYearEntry = {
  year: 2027,
  notice: "国务院办公厅关于2027年部分节假日安排的通知（测试数据）",
  holidays: [
    ...named("元旦", daysFromTo("2027-01-01", "2027-01-03")),
    ...named("春节", daysFromTo("2027-02-05", "2027-02-13")),
    ...named("清明节", daysFromTo("2027-04-03", "2027-04-05")),
    ...named("劳动节", daysFromTo("2027-05-01", "2027-05-05")),
    ...named("端午节", ["2027-06-09"]),
    ...named("中秋节", ["2027-09-15"]),
    ...named("国庆节", daysFromTo("2027-10-01", "2027-10-07")),
  ],
  makeUpWorkdays: [
    ...named("春节", ["2027-01-31", "2027-02-14"]),
    ...named("劳动节", ["2027-05-08"]),
    ...named("国庆节", ["2027-09-26", "2027-10-09"]),
  ],
};
