/**
 * A share or a change given in basis points (1/100 of a percent, exact integers from the API) as
 * a percentage with two decimals: 1234 → "12.34%"; a change carries its sign ("+5.00%", "-0.50%").
 * Null — nothing to compare with — is the caller's word.
 */
export function basisPointsWords(basisPoints: number, options: { signed?: boolean } = {}): string {
  const sign = basisPoints < 0 ? "-" : options.signed && basisPoints > 0 ? "+" : "";
  const magnitude = Math.abs(basisPoints);
  return `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, "0")}%`;
}
