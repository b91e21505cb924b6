/** Shows an amount of integer fen (分) as yuan: `¥1,234.56`, `-¥12.30` (DOMAIN.md, "The account"). */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    // The amount itself stays out of the message: it may be someone's balance.
    throw new RangeError("An amount must be a whole number of fen (a safe integer)");
  }
  const magnitude = Math.abs(fen);
  const yuan = String(Math.floor(magnitude / 100)).replace(/\B(?=(\d{3})+$)/g, ",");
  const cents = String(magnitude % 100).padStart(2, "0");
  return `${fen < 0 ? "-" : ""}¥${yuan}.${cents}`;
}
