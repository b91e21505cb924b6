import { describe, expect, it } from "vitest";
import { plainDecimal } from "./plain-decimal";

describe("plainDecimal()", () => {
  it("writes out the exponents Excel and LibreOffice store, moving digits without rounding", () => {
    expect(plainDecimal("5.30125198506112E+17")).toBe("530125198506112000");
    expect(plainDecimal("5.3012519850612E+017")).toBe("530125198506120000");
    expect(plainDecimal("1.5E-3")).toBe("0.0015");
    expect(plainDecimal("-1.25e2")).toBe("-125");
    expect(plainDecimal("1E+21")).toBe("1000000000000000000000");
  });

  it("keeps plain numerals as they are, less the zeros that say nothing", () => {
    expect(plainDecimal("530125198506120011")).toBe("530125198506120011");
    expect(plainDecimal("5000.50")).toBe("5000.5");
    expect(plainDecimal("0.08")).toBe("0.08");
    expect(plainDecimal("007")).toBe("7");
    expect(plainDecimal("-0")).toBe("0");
    expect(plainDecimal(".5")).toBe("0.5");
  });

  it("answers null for what is not a numeral, or an exponent no double has", () => {
    expect(plainDecimal("")).toBeNull();
    expect(plainDecimal("1.2.3")).toBeNull();
    expect(plainDecimal("#N/A")).toBeNull();
    expect(plainDecimal("1E999999999")).toBeNull();
  });
});
