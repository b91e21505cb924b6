/**
 * An audit entry's moment to the second, in China's time (UTC+8, as every date in Yibao):
 * `2026-06-01 09:30:05`. The trail orders entries by `seq`; the seconds tell how far apart they were.
 */
const format = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export function formatAuditTime(iso: string): string {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(iso))) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
