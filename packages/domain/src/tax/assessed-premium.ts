import { divideRounded } from "../money/divide-rounded";

export interface PremiumRates {
  /** The employer's part, in basis points of the wage base (800 = 8 %). */
  EMPLOYER_PREMIUM_BASIS_POINTS: number;
  /** The employee's part. */
  EMPLOYEE_PREMIUM_BASIS_POINTS: number;
}

export interface AssessedPremium {
  personalFen: number;
  employerFen: number;
  totalFen: number;
}

function shareOf(wageBaseFen: number, basisPoints: number): number {
  return Number(divideRounded(BigInt(wageBaseFen) * BigInt(basisPoints), 10_000n));
}

/**
 * What a month of the employee scheme is assessed at (核定) when it was not declared: the wage
 * base times each part's rate in force for that month, each part rounded to the fen (half up).
 * The caller chooses the base — for arrears, the person's last known wage base, else the county's
 * floor (the base no one may declare below).
 */
export function assessedPremium(wageBaseFen: number, rates: PremiumRates): AssessedPremium {
  if (!Number.isSafeInteger(wageBaseFen) || wageBaseFen < 0) {
    throw new RangeError("the wage base is a non-negative integer of fen");
  }
  const personalFen = shareOf(wageBaseFen, rates.EMPLOYEE_PREMIUM_BASIS_POINTS);
  const employerFen = shareOf(wageBaseFen, rates.EMPLOYER_PREMIUM_BASIS_POINTS);
  return { personalFen, employerFen, totalFen: personalFen + employerFen };
}
