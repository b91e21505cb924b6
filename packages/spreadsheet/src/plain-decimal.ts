const numeral = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

// A double reaches 1.8e308, so no real cell's exponent gets near this; it only bounds the
// string a hostile "1E999999999" would make.
const maxExponent = 400;

/**
 * A number as a spreadsheet stores it ("5.30125198506112E+17", "1.5E-3", "5000") written out
 * as plain decimal text with no exponent ("530125198506112000", "0.0015", "5000"). The digits
 * are moved, never recomputed, so nothing is rounded on the way. Null when it is not a numeral.
 */
export function plainDecimal(stored: string): string | null {
  const match = numeral.exec(stored.trim());
  if (!match) return null;
  const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
  if (whole === "" && fraction === "") return null;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > maxExponent) return null;

  const digits = whole + fraction;
  const point = whole.length + exponent;
  let integer: string;
  let decimals: string;
  if (point <= 0) {
    integer = "0";
    decimals = "0".repeat(-point) + digits;
  } else if (point >= digits.length) {
    integer = digits + "0".repeat(point - digits.length);
    decimals = "";
  } else {
    integer = digits.slice(0, point);
    decimals = digits.slice(point);
  }
  integer = integer.replace(/^0+(?=\d)/, "");
  decimals = decimals.replace(/0+$/, "");
  const magnitude = decimals === "" ? integer : `${integer}.${decimals}`;
  return sign === "-" && /[1-9]/.test(magnitude) ? `-${magnitude}` : magnitude;
}
