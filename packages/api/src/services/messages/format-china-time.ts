/** `2026-12-01 10:30` in China Standard Time, for text messages. */
export function formatChinaTime(instant: Date): string {
  const china = new Date(instant.getTime() + 8 * 3_600_000);
  return china.toISOString().slice(0, 16).replace("T", " ");
}
