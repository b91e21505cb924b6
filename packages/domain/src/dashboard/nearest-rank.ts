/**
 * The `percentile` (0 < p ≤ 100) of `values` by the nearest-rank method: the smallest value
 * that at least p % of the values do not exceed, always one of the values themselves (never an
 * interpolation: "working days" stay whole). Null when there are none.
 */
export function nearestRank(values: readonly number[], percentile: number): number | null {
  if (!(percentile > 0 && percentile <= 100)) {
    throw new RangeError(`The percentile must be above 0 and at most 100, got ${percentile}`);
  }
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((percentile / 100) * sorted.length);
  return sorted[rank - 1] ?? null;
}
