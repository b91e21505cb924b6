import { describe, expect, it } from "vitest";
import { isMonthDay } from "../parameters/month-day";
import { residentCover, residentPaymentPeriod } from "./resident-cover";

const defaults = {
  RESIDENT_PAYMENT_PERIOD_START: 901,
  RESIDENT_PAYMENT_PERIOD_END: 1231,
  RESIDENT_WAITING_PERIOD_DAYS: 90,
};

describe("residentCover()", () => {
  it("covers from 1 January when paid in the period, 1 September – 31 December", () => {
    expect(residentPaymentPeriod(2027, defaults)).toEqual({
      opensOn: "2026-09-01",
      closesOn: "2026-12-31",
    });
    for (const paidOn of ["2026-09-01", "2026-11-25", "2026-12-31"]) {
      expect(residentCover({ coverYear: 2027, paidOn }, defaults)).toEqual({
        ok: true,
        coverStartsOn: "2027-01-01",
        inPeriod: true,
      });
    }
  });

  it("refuses a payment before the period opens", () => {
    expect(residentCover({ coverYear: 2027, paidOn: "2026-08-31" }, defaults)).toEqual({
      ok: false,
      reason: "PAYMENT_PERIOD_NOT_OPEN",
    });
  });

  it("starts cover after the waiting period when paid late, within the year", () => {
    expect(residentCover({ coverYear: 2027, paidOn: "2027-03-10" }, defaults)).toEqual({
      ok: true,
      coverStartsOn: "2027-06-08",
      inPeriod: false,
    });
    expect(residentCover({ coverYear: 2027, paidOn: "2027-11-01" }, defaults)).toEqual({
      ok: false,
      reason: "COVER_YEAR_OVER",
    });
  });

  it("follows an extension of the period into the year covered", () => {
    const extended = { ...defaults, RESIDENT_PAYMENT_PERIOD_END: 228 };
    expect(residentPaymentPeriod(2027, extended).closesOn).toBe("2027-02-28");
    expect(residentCover({ coverYear: 2027, paidOn: "2027-02-20" }, extended)).toEqual({
      ok: true,
      coverStartsOn: "2027-01-01",
      inPeriod: true,
    });
  });
});

describe("isMonthDay()", () => {
  it("accepts a real day of every year written MMDD", () => {
    expect([101, 228, 901, 1231].every(isMonthDay)).toBe(true);
    expect([0, 229, 431, 1301, 9.01, 1232].some(isMonthDay)).toBe(false);
  });
});
