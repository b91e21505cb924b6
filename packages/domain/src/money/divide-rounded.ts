/**
 * `numerator / denominator` rounded to a whole number, half away from zero (GB/T 8170, as money is
 * rounded to the fen), exactly: in BigInt, so no amount passes through floating point.
 */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("the denominator must be positive");
  return numerator >= 0n
    ? (2n * numerator + denominator) / (2n * denominator)
    : -((-2n * numerator + denominator) / (2n * denominator));
}
