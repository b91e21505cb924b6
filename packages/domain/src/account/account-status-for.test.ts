import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths } from "../months/add-months";
import { compareMonths } from "../months/compare-months";
import { accountStatusFor } from "./account-status-for";

const monthIn2025To2027 = fc.integer({ min: 0, max: 35 }).map((n) => addMonths("2025-01", n));
const paidMonths = fc.uniqueArray(monthIn2025To2027, { maxLength: 20 });

describe("accountStatusFor()", () => {
  it("is ACTIVE in a paid month", () => {
    expect(accountStatusFor({ paidMonths: ["2026-05"], month: "2026-05" })).toEqual({
      status: "ACTIVE",
      lastPaidMonth: "2026-05",
    });
  });

  it("stays ACTIVE in the month contributions stop and seals the month after (停保次月封存)", () => {
    const paid = ["2026-03", "2026-04", "2026-05"];
    expect(accountStatusFor({ paidMonths: paid, month: "2026-06" })).toEqual({
      status: "ACTIVE",
      lastPaidMonth: "2026-05",
    });
    expect(accountStatusFor({ paidMonths: paid, month: "2026-07" })).toEqual({
      status: "SEALED",
      sealedSince: "2026-07",
      lastPaidMonth: "2026-05",
    });
    expect(accountStatusFor({ paidMonths: paid, month: "2027-03" })).toEqual({
      status: "SEALED",
      sealedSince: "2026-07",
      lastPaidMonth: "2026-05",
    });
  });

  it("is unsealed from the month contributions resume", () => {
    const paid = ["2026-01", "2026-09"];
    expect(accountStatusFor({ paidMonths: paid, month: "2026-08" }).status).toBe("SEALED");
    expect(accountStatusFor({ paidMonths: paid, month: "2026-09" })).toEqual({
      status: "ACTIVE",
      lastPaidMonth: "2026-09",
    });
  });

  it("has NO_CONTRIBUTIONS before the first paid month", () => {
    expect(accountStatusFor({ paidMonths: [], month: "2026-05" })).toEqual({
      status: "NO_CONTRIBUTIONS",
    });
    expect(accountStatusFor({ paidMonths: ["2026-06"], month: "2026-05" })).toEqual({
      status: "NO_CONTRIBUTIONS",
    });
  });

  it("rejects malformed months", () => {
    expect(() => accountStatusFor({ paidMonths: [], month: "2026-5" })).toThrow(RangeError);
    expect(() => accountStatusFor({ paidMonths: ["2026-13"], month: "2026-05" })).toThrow(
      RangeError,
    );
  });

  it("never seals a paid month", () => {
    fc.assert(
      fc.property(paidMonths, (paid) => {
        for (const month of paid)
          expect(accountStatusFor({ paidMonths: paid, month }).status).toBe("ACTIVE");
      }),
    );
  });

  it("is ACTIVE whenever this month or the month before is paid", () => {
    fc.assert(
      fc.property(paidMonths, monthIn2025To2027, (paid, month) => {
        fc.pre(paid.includes(month) || paid.includes(addMonths(month, -1)));
        expect(accountStatusFor({ paidMonths: paid, month }).status).toBe("ACTIVE");
      }),
    );
  });

  it("ignores payments after the month asked about", () => {
    fc.assert(
      fc.property(paidMonths, monthIn2025To2027, (paid, month) => {
        const upToMonth = paid.filter((m) => compareMonths(m, month) <= 0);
        expect(accountStatusFor({ paidMonths: paid, month })).toEqual(
          accountStatusFor({ paidMonths: upToMonth, month }),
        );
      }),
    );
  });

  it("seals from two months after the last paid month, never after the month asked about", () => {
    fc.assert(
      fc.property(paidMonths, monthIn2025To2027, (paid, month) => {
        const result = accountStatusFor({ paidMonths: paid, month });
        if (result.status !== "SEALED") return;
        expect(result.sealedSince).toBe(addMonths(result.lastPaidMonth, 2));
        expect(compareMonths(result.sealedSince, month)).toBeLessThanOrEqual(0);
        expect(
          paid.some(
            (m) => compareMonths(m, result.lastPaidMonth) > 0 && compareMonths(m, month) <= 0,
          ),
        ).toBe(false);
      }),
    );
  });

  it("does not depend on the order of the paid months", () => {
    fc.assert(
      fc.property(paidMonths, monthIn2025To2027, (paid, month) => {
        expect(accountStatusFor({ paidMonths: [...paid].reverse(), month })).toEqual(
          accountStatusFor({ paidMonths: paid, month }),
        );
      }),
    );
  });
});
