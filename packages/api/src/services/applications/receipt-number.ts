import type { TransactionClient } from "../../context";

/**
 * Draws `count` receipt numbers (受理编号) for applications submitted on `today` (China's date):
 * `YX`, the date and five digits or more from the database's sequence, so that they are short,
 * unique and typeable, and a batch draws all its numbers in one statement.
 */
export async function drawReceiptNumbers(
  tx: TransactionClient,
  today: string,
  count: number,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ n: bigint }[]>`
    SELECT nextval('card_application_reference_seq') AS n FROM generate_series(1, ${count}::int)`;
  const day = today.replaceAll("-", "");
  return rows.map((row) => `YX${day}${String(row.n).padStart(5, "0")}`);
}
