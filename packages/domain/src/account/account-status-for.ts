import { z } from "zod";
import { addMonths } from "../months/add-months";
import { compareMonths } from "../months/compare-months";
import { monthIndexOf } from "../months/month-schema";

export const accountStatuses = ["ACTIVE", "SEALED", "NO_CONTRIBUTIONS"] as const;
export const accountStatusSchema = z.enum(accountStatuses);
export type AccountStatus = (typeof accountStatuses)[number];

export type AccountStatusResult =
  | { status: "ACTIVE"; lastPaidMonth: string }
  | { status: "SEALED"; sealedSince: string; lastPaidMonth: string }
  | { status: "NO_CONTRIBUTIONS" };

export interface AccountStatusInput {
  /** Months ('YYYY-MM') for which a contribution was paid, in any order. */
  paidMonths: readonly string[];
  /** The month ('YYYY-MM') the status is asked for. */
  month: string;
}

/**
 * The personal account's status in `month` (DOMAIN.md, "The account": 停保次月封存). With L the last
 * paid month up to `month`, contributions stop in L+1 — still ACTIVE, since the current month's
 * premium is collected during that month — and the account is sealed from the next month, L+2, until
 * a month is paid again. Payments after `month` do not change its status.
 */
export function accountStatusFor(input: AccountStatusInput): AccountStatusResult {
  monthIndexOf(input.month);
  let lastPaidMonth: string | null = null;
  for (const paid of input.paidMonths) {
    if (compareMonths(paid, input.month) > 0) continue;
    if (lastPaidMonth === null || compareMonths(paid, lastPaidMonth) > 0) lastPaidMonth = paid;
  }
  if (lastPaidMonth === null) return { status: "NO_CONTRIBUTIONS" };
  const sealedSince = addMonths(lastPaidMonth, 2);
  if (compareMonths(input.month, sealedSince) < 0) return { status: "ACTIVE", lastPaidMonth };
  return { status: "SEALED", sealedSince, lastPaidMonth };
}
