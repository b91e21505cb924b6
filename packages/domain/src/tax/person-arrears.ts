import { compareMonths } from "../months/compare-months";
import { assessedPremium, type PremiumRates } from "./assessed-premium";
import { daysLate, lateFeeFen } from "./late-fee-fen";
import { monthsOwed, type PayingPeriod } from "./months-owed";
import { premiumDueDate } from "./premium-due-date";

export interface ArrearsParameters extends PremiumRates {
  /** The lowest wage base a month may be assessed at. */
  WAGE_BASE_FLOOR_FEN: number;
}

export interface PersonArrearsInput {
  /** The months the payer was registered to pay for this person. */
  periods: readonly PayingPeriod[];
  /** The months collected for the person (from any payer), with the wage base when known. */
  paid: ReadonlyArray<{ month: string; wageBaseFen: number | null }>;
}

export interface OwedMonth {
  month: string;
  dueDate: string;
  /** The base it is assessed at: the last known wage base before it, at least the floor. */
  wageBaseFen: number;
  personalFen: number;
  employerFen: number;
  assessedFen: number;
  daysLate: number;
  lateFeeFen: number;
}

/**
 * One person's arrears (欠费) with one payer: the registered months up to `upTo` with no
 * collection whose due date has passed by `asOf` (a month not yet due is not owed), each
 * assessed at the person's last known wage base before it — or the county's floor when none is
 * known or it was lower — times the rates in force for that month, with the late fee it has
 * drawn by `asOf` (shown, never charged here).
 */
export function personArrears(
  input: PersonArrearsInput,
  options: {
    upTo: string;
    asOf: string;
    parametersFor: (month: string) => ArrearsParameters;
  },
): { months: OwedMonth[]; assessedFen: number; lateFeeFen: number } {
  const known = input.paid
    .filter((row): row is { month: string; wageBaseFen: number } => row.wageBaseFen !== null)
    .sort((a, b) => compareMonths(a.month, b.month));
  const months: OwedMonth[] = [];
  const owed = monthsOwed({
    periods: input.periods,
    paidMonths: input.paid.map((row) => row.month),
    upTo: options.upTo,
  });
  for (const month of owed) {
    const dueDate = premiumDueDate(month);
    if (dueDate >= options.asOf) continue;
    const parameters = options.parametersFor(month);
    const lastKnown = known.filter((row) => compareMonths(row.month, month) < 0).at(-1);
    const wageBaseFen = Math.max(lastKnown?.wageBaseFen ?? 0, parameters.WAGE_BASE_FLOOR_FEN);
    const premium = assessedPremium(wageBaseFen, parameters);
    months.push({
      month,
      dueDate,
      wageBaseFen,
      personalFen: premium.personalFen,
      employerFen: premium.employerFen,
      assessedFen: premium.totalFen,
      daysLate: daysLate(dueDate, options.asOf),
      lateFeeFen: lateFeeFen({ amountFen: premium.totalFen, dueDate, asOf: options.asOf }),
    });
  }
  return {
    months,
    assessedFen: months.reduce((total, row) => total + row.assessedFen, 0),
    lateFeeFen: months.reduce((total, row) => total + row.lateFeeFen, 0),
  };
}
