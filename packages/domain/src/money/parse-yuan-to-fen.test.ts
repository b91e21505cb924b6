import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFen } from "./format-fen";
import { parseYuanToFen } from "./parse-yuan-to-fen";

describe("parseYuanToFen()", () => {
  it("reads whole yuan, one or two decimals, separators and the yuan sign", () => {
    const cases: [string, number][] = [
      ["12", 1200],
      ["12.3", 1230],
      ["12.34", 1234],
      ["1,234.56", 123456],
      ["¥12.00", 1200],
      ["￥ 0.05", 5],
      ["  1234567.89 ", 123456789],
      ["0", 0],
    ];
    for (const [text, fen] of cases) expect(parseYuanToFen(text), text).toEqual({ ok: true, fen });
  });

  it("does not round through floating point", () => {
    expect(parseYuanToFen("0.29")).toEqual({ ok: true, fen: 29 });
    expect(parseYuanToFen("1.15")).toEqual({ ok: true, fen: 115 });
    expect(parseYuanToFen("90,071,992,547,409.91")).toEqual({
      ok: true,
      fen: Number.MAX_SAFE_INTEGER,
    });
  });

  it("tells each kind of rejection apart", () => {
    const cases: [string, string][] = [
      [" ", "EMPTY"],
      ["-12.30", "NEGATIVE"],
      ["-¥12.30", "NEGATIVE"],
      ["12.345", "TOO_MANY_DECIMALS"],
      ["12.", "INVALID_FORMAT"],
      [".5", "INVALID_FORMAT"],
      ["1,23", "INVALID_FORMAT"],
      ["12a", "INVALID_FORMAT"],
      ["1e3", "INVALID_FORMAT"],
      ["$12", "INVALID_FORMAT"],
      ["90,071,992,547,409.92", "OUT_OF_RANGE"],
    ];
    for (const [text, reason] of cases)
      expect(parseYuanToFen(text), text).toEqual({ ok: false, reason });
  });

  it("reads back whatever formatFen() shows for a non-negative amount", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (fen) => {
        expect(parseYuanToFen(formatFen(fen))).toEqual({ ok: true, fen });
      }),
    );
  });
});
