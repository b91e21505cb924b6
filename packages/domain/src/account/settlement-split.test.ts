import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { settlementSplit } from "./settlement-split";

describe("settlementSplit()", () => {
  it("pays the whole bill from the account when the balance covers it", () => {
    expect(settlementSplit(362_010, 4_850)).toEqual({ fromAccountFen: 4_850, selfPayFen: 0 });
  });

  it("pays the balance and leaves the rest to the person when it does not", () => {
    expect(settlementSplit(1_200, 4_850)).toEqual({ fromAccountFen: 1_200, selfPayFen: 3_650 });
  });

  it("leaves the whole bill to the person when the account is empty", () => {
    expect(settlementSplit(0, 999)).toEqual({ fromAccountFen: 0, selfPayFen: 999 });
  });

  it("refuses a bill of nothing and amounts that are not whole fen", () => {
    expect(() => settlementSplit(100, 0)).toThrow(RangeError);
    expect(() => settlementSplit(100, 12.5)).toThrow(RangeError);
  });

  it("always adds up to the bill, never takes more than the balance, never goes below zero", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        (balance, amount) => {
          const split = settlementSplit(balance, amount);
          expect(split.fromAccountFen + split.selfPayFen).toBe(amount);
          expect(split.fromAccountFen).toBeLessThanOrEqual(balance);
          expect(balance - split.fromAccountFen).toBeGreaterThanOrEqual(0);
          expect(split.selfPayFen).toBeGreaterThanOrEqual(0);
          expect(split.fromAccountFen).toBe(Math.min(balance, amount));
        },
      ),
    );
  });
});
