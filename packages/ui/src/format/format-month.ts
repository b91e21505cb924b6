/**
 * A month ('YYYY-MM', as the API sends it) the way people say it in the interface language:
 * `2026年7月` in zh-CN, `July 2026` in en. A month has no time zone: it is formatted as the first
 * of the month in UTC, so no offset can move it into the month before.
 */
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function formatMonth(month: string, language: string): string {
  const match = monthPattern.exec(month);
  // Anything but a month is shown as sent rather than taking the page down.
  if (!match) return month;
  const firstOfMonth = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1);
  return new Intl.DateTimeFormat(language, {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
  }).format(firstOfMonth);
}
