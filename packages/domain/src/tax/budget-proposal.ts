import { z } from "zod";
import { divideRounded } from "../money/divide-rounded";
import { addMonths } from "../months/add-months";
import { compareMonths } from "../months/compare-months";
import { monthIndexOf } from "../months/month-schema";

/**
 * How the proposal was reached, for the page to write next to it: a straight line fitted to the
 * last twelve complete months (least squares) and carried through the budget year; with a single
 * month, that month's amount every month; with none, nothing to propose.
 */
export const budgetMethods = ["LINEAR_TREND", "AVERAGE", "NO_DATA"] as const;
export const budgetMethodSchema = z.enum(budgetMethods);
export type BudgetMethod = (typeof budgetMethods)[number];

export interface BudgetProposalInput {
  /** The year proposed for (基金收入预算建议 for next year). */
  budgetYear: number;
  /** The month it is now: months before it are complete. */
  thisMonth: string;
  /** Collected per month ('YYYY-MM'), any span; months absent collected nothing. */
  collected: ReadonlyArray<{ month: string; fen: number }>;
  /** The basis: at most this many complete months, the latest (12: a year's seasons). */
  basisMonths?: number;
}

export interface BudgetProposal {
  budgetYear: number;
  baseYear: number;
  /** The base year's complete months, as collected. */
  actuals: Array<{ month: string; fen: number }>;
  method: BudgetMethod;
  /** The months the line was fitted to; null when there were none. */
  basis: { from: string; to: string; months: number } | null;
  /** The fitted line: its change per month and the basis months' average. */
  trend: { slopeFenPerMonth: number; averageFen: number };
  /** The base year's complete months as collected, the rest as the line gives them. */
  baseYearEstimateFen: number;
  proposal: { totalFen: number; months: Array<{ month: string; fen: number }> };
  /** The proposal against the base year's estimate, in basis points; null from nothing. */
  changeBasisPoints: number | null;
}

/**
 * The fund's income budget proposal for `budgetYear` (DOMAIN.md, "Legal basis": the tax
 * authority proposes the fund's income budget). The basis is the latest complete months up to
 * `basisMonths` (from the first month anything was collected); a least-squares line through them
 * is carried forward month by month, each month at least 0, exactly in integer fen (the fit in
 * rational arithmetic, each month rounded half up). Pure arithmetic: the page shows the method.
 */
export function budgetProposal(input: BudgetProposalInput): BudgetProposal {
  const baseYear = input.budgetYear - 1;
  const lastComplete = addMonths(input.thisMonth, -1);
  const baseYearEnd = `${baseYear}-12`;
  const basisEnd = compareMonths(lastComplete, baseYearEnd) < 0 ? lastComplete : baseYearEnd;
  const collected = new Map<string, number>();
  for (const row of input.collected) {
    collected.set(row.month, (collected.get(row.month) ?? 0) + row.fen);
  }
  const firstCollected = [...collected.entries()]
    .filter(([, fen]) => fen !== 0)
    .map(([month]) => month)
    .sort(compareMonths)[0];

  let basisStart = addMonths(basisEnd, -((input.basisMonths ?? 12) - 1));
  if (firstCollected && compareMonths(firstCollected, basisStart) > 0) basisStart = firstCollected;
  const basis: Array<{ month: string; fen: number }> = [];
  if (firstCollected && compareMonths(firstCollected, basisEnd) <= 0) {
    for (let month = basisStart; compareMonths(month, basisEnd) <= 0; month = addMonths(month, 1)) {
      basis.push({ month, fen: collected.get(month) ?? 0 });
    }
  }

  // y = a + b·x over x = 0 … n−1, kept as fractions: projection(x) = (A + B·x) / D.
  const n = BigInt(basis.length);
  let sumX = 0n;
  let sumY = 0n;
  let sumXY = 0n;
  let sumXX = 0n;
  basis.forEach((row, index) => {
    const x = BigInt(index);
    const y = BigInt(row.fen);
    sumX += x;
    sumY += y;
    sumXY += x * y;
    sumXX += x * x;
  });
  const spread = n * sumXX - sumX * sumX;
  const method: BudgetMethod =
    basis.length === 0 ? "NO_DATA" : spread === 0n ? "AVERAGE" : "LINEAR_TREND";
  // Slope B/D₁ with D₁ = spread; intercept (ΣY·D₁ − B·ΣX) / (n·D₁).
  const slopeNum = method === "LINEAR_TREND" ? n * sumXY - sumX * sumY : 0n;
  const slopeDen = method === "LINEAR_TREND" ? spread : 1n;
  const projection = (month: string): number => {
    if (method === "NO_DATA") return 0;
    const x = BigInt(monthIndexOf(month) - monthIndexOf(basisStart));
    const num = sumY * slopeDen - slopeNum * sumX + slopeNum * x * n;
    const value = divideRounded(num, n * slopeDen);
    return value > 0n ? Number(value) : 0;
  };

  const actuals: Array<{ month: string; fen: number }> = [];
  let baseYearEstimateFen = 0;
  for (let m = 1; m <= 12; m += 1) {
    const month = `${baseYear}-${String(m).padStart(2, "0")}`;
    if (compareMonths(month, lastComplete) <= 0) {
      const fen = collected.get(month) ?? 0;
      actuals.push({ month, fen });
      baseYearEstimateFen += fen;
    } else {
      baseYearEstimateFen += projection(month);
    }
  }
  const proposalMonths = Array.from({ length: 12 }, (_, index) => {
    const month = `${input.budgetYear}-${String(index + 1).padStart(2, "0")}`;
    return { month, fen: projection(month) };
  });
  const totalFen = proposalMonths.reduce((total, row) => total + row.fen, 0);
  const first = basis[0];
  const last = basis.at(-1);
  return {
    budgetYear: input.budgetYear,
    baseYear,
    actuals,
    method,
    basis: first && last ? { from: first.month, to: last.month, months: basis.length } : null,
    trend: {
      slopeFenPerMonth: Number(divideRounded(slopeNum, slopeDen)),
      averageFen: basis.length === 0 ? 0 : Number(divideRounded(sumY, n)),
    },
    baseYearEstimateFen,
    proposal: { totalFen, months: proposalMonths },
    changeBasisPoints:
      baseYearEstimateFen === 0
        ? null
        : Number(
            divideRounded(
              BigInt(totalFen - baseYearEstimateFen) * 10_000n,
              BigInt(baseYearEstimateFen),
            ),
          ),
  };
}
