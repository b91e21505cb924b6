import { formatFen } from "@yibao/domain";

/** "+¥100.00" for money in, "-¥12.30" for money out: the sign is text, not only colour. */
export function signedFen(fen: number): string {
  return fen > 0 ? `+${formatFen(fen)}` : formatFen(fen);
}
