import { z } from "zod";

export const balanceOutlooks = ["LASTS", "GROWING", "NO_SPENDING"] as const;
export const balanceOutlookSchema = z.enum(balanceOutlooks);
export type BalanceOutlook = (typeof balanceOutlooks)[number];

export interface MonthFlow {
  month: string;
  /** Contributions credited in the month, in fen (≥ 0). */
  creditedFen: number;
  /** Settlements paid from the account in the month, less their reversals, in fen. */
  spentFen: number;
}

export interface BalanceProjection {
  outlook: BalanceOutlook;
  /** LASTS: whole months the balance covers at the average; otherwise null. */
  monthsLeft: number | null;
  /** Average monthly net spending (spent − credited) over the window, rounded to the fen;
   * negative when the balance grows. */
  averageMonthlyNetFen: number;
  /** The balance at the end of each of the next `horizon` months at that average, never below 0;
   * empty unless LASTS. */
  projectedFen: number[];
}

/** The window the question is answered over (the "last 12 months"). */
export const projectionWindowMonths = 12;

/**
 * "Will the money run out?" (FAQ, DOMAIN.md "The account"): at the average net spending of the
 * last 12 months, how long the balance lasts. Months in `flows` that are missing count as
 * months with no movement: the average is always over the whole window, so a person who spent
 * once in a year is not told they spend that much every month.
 */
export function balanceProjection(
  balanceFen: number,
  flows: readonly MonthFlow[],
  horizon = projectionWindowMonths,
): BalanceProjection {
  let spent = 0;
  let credited = 0;
  for (const flow of flows) {
    spent += flow.spentFen;
    credited += flow.creditedFen;
  }
  if (spent <= 0) {
    return {
      outlook: "NO_SPENDING",
      monthsLeft: null,
      averageMonthlyNetFen: Math.round(-credited / projectionWindowMonths),
      projectedFen: [],
    };
  }
  const net = spent - credited;
  const averageMonthlyNetFen = Math.round(net / projectionWindowMonths);
  if (net <= 0 || averageMonthlyNetFen <= 0) {
    return { outlook: "GROWING", monthsLeft: null, averageMonthlyNetFen, projectedFen: [] };
  }
  const balance = Math.max(balanceFen, 0);
  const projectedFen = Array.from({ length: horizon }, (_, index) =>
    Math.max(0, balance - averageMonthlyNetFen * (index + 1)),
  );
  return {
    outlook: "LASTS",
    monthsLeft: Math.floor(balance / averageMonthlyNetFen),
    averageMonthlyNetFen,
    projectedFen,
  };
}
