import { chinaToday } from "@yibao/domain";
import { serverNow } from "@yibao/ui";
import { useCallback, useState } from "react";
import {
  currentSale,
  nextSale,
  type SaleNumbering,
  terminalTransactionIdOf,
} from "./sale-numbering";

const storageKey = "yibao.till.sale";
// No 0/O or 1/I: the code is read off the screen when a terminal number is looked for.
const terminalCharacters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function newTerminal(): string {
  const values = crypto.getRandomValues(new Uint8Array(4));
  return Array.from(values, (value) => terminalCharacters[value % terminalCharacters.length]).join(
    "",
  );
}

function stored(): unknown {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? "null");
  } catch {
    return null;
  }
}

function store(sale: SaleNumbering): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(sale));
  } catch {
    // Not kept on this device: numbers still count on while the page is open.
  }
}

const today = () => chinaToday(new Date(serverNow()));

/**
 * The terminal transaction number of the sale under way at this till (kept in this browser: a
 * number and a counter, nothing about anyone), and `next()` for when the sale is done.
 */
export function useSaleNumber(): { number: string; next: () => string } {
  const [sale, setSale] = useState(() => {
    const current = currentSale(stored(), today(), newTerminal);
    store(current);
    return current;
  });
  const next = useCallback(() => {
    const following = nextSale(sale, today());
    store(following);
    setSale(following);
    return terminalTransactionIdOf(following);
  }, [sale]);
  return { number: terminalTransactionIdOf(sale), next };
}
