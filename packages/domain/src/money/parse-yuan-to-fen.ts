import { z } from "zod";

export const yuanRejections = [
  "EMPTY",
  "NEGATIVE",
  "INVALID_FORMAT",
  "TOO_MANY_DECIMALS",
  "OUT_OF_RANGE",
] as const;
export const yuanRejectionSchema = z.enum(yuanRejections);
export type YuanRejection = (typeof yuanRejections)[number];

export type YuanParseResult = { ok: true; fen: number } | { ok: false; reason: YuanRejection };

// Optional yuan sign (half-width ¥ or the full-width ￥ Chinese keyboards type), integer part either
// plain or grouped by commas in threes, then up to any number of decimals (too many is its own reason).
const AMOUNT = /^[¥￥]?\s*(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

/**
 * Reads an amount typed in yuan ('12', '12.3', '1,234.56', '¥12.00') as integer fen, digit by digit:
 * money never passes through floating point (DOMAIN.md, "The account"). Negative amounts are
 * refused: whether an amount credits or debits is the entry's kind, not its sign.
 */
export function parseYuanToFen(text: string): YuanParseResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "EMPTY" };
  if (/^-/.test(trimmed) || /^[¥￥]\s*-/.test(trimmed)) return { ok: false, reason: "NEGATIVE" };
  const match = AMOUNT.exec(trimmed);
  if (!match) return { ok: false, reason: "INVALID_FORMAT" };
  const whole = (match[1] ?? "").replaceAll(",", "");
  const decimals = match[2] ?? "";
  if (decimals.length > 2) return { ok: false, reason: "TOO_MANY_DECIMALS" };
  const fen = BigInt(whole + decimals.padEnd(2, "0"));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: "OUT_OF_RANGE" };
  return { ok: true, fen: Number(fen) };
}
