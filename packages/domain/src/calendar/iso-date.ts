export interface IsoDateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Splits a 'YYYY-MM-DD' string that names a real day of the proleptic Gregorian calendar, or
 * returns null. Pure arithmetic, no `Date`: `Date` maps years 0–99 onto 1900–1999, and a resident
 * ID's birth date has no lower bound (GB 11643-1999; DOMAIN.md, "Identifiers").
 */
export function parseIsoDate(text: string): IsoDateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Throws a RangeError naming `label` unless `text` is a real 'YYYY-MM-DD' date. */
export function assertIsoDate(text: string, label: string): IsoDateParts {
  const parts = parseIsoDate(text);
  if (!parts) {
    throw new RangeError(`${label} must be a real date written YYYY-MM-DD, got "${text}"`);
  }
  return parts;
}
