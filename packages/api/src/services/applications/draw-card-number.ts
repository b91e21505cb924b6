import type { TransactionClient } from "../../context";

/**
 * Draws the next card number, `Y` and eight digits, from the database's sequence: once, when the
 * card is made (MARK_READY), or when it is handed over if it was made before numbers were drawn
 * then. A number drawn in a transaction that rolls back is never reused, as a sequence does.
 */
export async function drawCardNumber(tx: Pick<TransactionClient, "$queryRaw">): Promise<string> {
  const rows = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('card_number_seq') AS n`;
  return `Y${String(rows[0]?.n ?? 0n).padStart(8, "0")}`;
}
