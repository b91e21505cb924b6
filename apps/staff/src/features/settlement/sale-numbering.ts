import { isoDateSchema } from "@yibao/domain";
import { z } from "zod";

/**
 * Where this till's numbering stands: the day, this browser's terminal code (so that two tills of
 * one institution do not hand out the same numbers) and the counter of the sale under way.
 */
const saleNumberingSchema = z.object({
  date: isoDateSchema,
  terminal: z.string().regex(/^[A-Z0-9]{4}$/),
  counter: z.number().int().min(1),
});
export type SaleNumbering = z.infer<typeof saleNumberingSchema>;

/**
 * The sale under way, from what the till stored (anything unreadable counts as nothing): the
 * stored one on the same day — a sale is numbered once and keeps its number until it is done, even
 * across a reload, so that sending it again cannot charge twice — else the day's first.
 */
export function currentSale(
  stored: unknown,
  today: string,
  newTerminal: () => string,
): SaleNumbering {
  const parsed = saleNumberingSchema.safeParse(stored);
  if (parsed.success && parsed.data.date === today) return parsed.data;
  return {
    date: today,
    terminal: parsed.success ? parsed.data.terminal : newTerminal(),
    counter: 1,
  };
}

/** The next sale's numbering, once the current one is done; a new day starts again at 1. */
export function nextSale(current: SaleNumbering, today: string): SaleNumbering {
  return current.date === today
    ? { ...current, counter: current.counter + 1 }
    : { ...current, date: today, counter: 1 };
}

/**
 * The terminal transaction number (终端流水号) of a sale: date, terminal and counter, as
 * `20261015-K7Q2-0001` — letters, digits and `-`, which the server accepts.
 */
export function terminalTransactionIdOf(sale: SaleNumbering): string {
  return `${sale.date.replaceAll("-", "")}-${sale.terminal}-${String(sale.counter).padStart(4, "0")}`;
}
