export interface SettlementSplit {
  /** Paid from the personal account. */
  fromAccountFen: number;
  /** Paid by the person themselves (cash, bank card): what the account cannot cover. */
  selfPayFen: number;
}

/**
 * How a bill of `amountFen` is paid (DOMAIN.md, "The account"): the personal account pays what it
 * can, `min(balance, amount)`, and never goes below zero; the rest is the person's own payment.
 * A sealed account whose county does not let it pay is given a balance of 0 by the caller.
 */
export function settlementSplit(balanceFen: number, amountFen: number): SettlementSplit {
  if (!Number.isSafeInteger(balanceFen) || !Number.isSafeInteger(amountFen)) {
    throw new RangeError("amounts are integer fen");
  }
  if (amountFen <= 0) throw new RangeError("a bill is more than 0 fen");
  const fromAccountFen = Math.min(Math.max(balanceFen, 0), amountFen);
  return { fromAccountFen, selfPayFen: amountFen - fromAccountFen };
}
