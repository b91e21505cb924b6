/**
 * How the apps write money and months, worked out apart from their own formatters, so that a
 * browser test checks the words on screen against an independent answer.
 */

/** Yuan with thousands separators and two decimals: 123456 fen is ¥1,234.56. */
export function yuan(fen: number): string {
  const digits = (Math.abs(fen) / 100).toLocaleString("en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${fen < 0 ? "-" : ""}¥${digits}`;
}

/** 'YYYY-MM' as the apps write it in Chinese: '2026-07' is 2026年7月. */
export function chineseMonth(month: string): string {
  const [year, monthOfYear] = month.split("-").map(Number);
  return `${year}年${monthOfYear}月`;
}
