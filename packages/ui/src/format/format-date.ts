/**
 * Dates as the county reads them: in China's time zone (UTC+8, DOMAIN.md "Identifiers"),
 * written YYYY-MM-DD whatever the interface language, as on the national platform.
 */
const chinaTimeZone = "Asia/Shanghai";

const partsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: chinaTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function parts(iso: string): Record<string, string> {
  const byType: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(new Date(iso))) byType[part.type] = part.value;
  return byType;
}

export function formatDate(iso: string): string {
  const p = parts(iso);
  return `${p.year}-${p.month}-${p.day}`;
}

export function formatDateTime(iso: string): string {
  const p = parts(iso);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
