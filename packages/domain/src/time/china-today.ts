const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Today's date in China (UTC+8, no daylight saving), as 'YYYY-MM-DD'.
 *
 * The one place in this package that may read the clock: `validateResidentId(input, today?)` has a
 * fixed public signature whose `today` defaults to this, and "not after today" is judged in China's
 * time zone (DOMAIN.md, "Identifiers"). Everything else takes time as a parameter.
 */
export function chinaToday(now: Date = new Date()): string {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError("chinaToday() needs a valid Date");
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
