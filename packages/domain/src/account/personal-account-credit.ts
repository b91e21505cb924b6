import { z } from "zod";

/** Whose contribution it is: an employee (in work) or a retiree of the employee scheme. */
export const contributorKinds = ["EMPLOYEE", "RETIREE"] as const;
export const contributorKindSchema = z.enum(contributorKinds);
export type ContributorKind = (typeof contributorKinds)[number];

export type PersonalAccountCreditInput =
  | {
      kind: "EMPLOYEE";
      /** The month's wage base (缴费基数), in fen. */
      wageBaseFen: number;
      /** What the employee paid themselves, in fen: the credit never exceeds it. */
      personalContributionFen: number;
    }
  | { kind: "RETIREE" };

export interface PersonalAccountCreditParameters {
  /** The share of the wage base credited for an employee, in basis points (200 = 2 %). */
  EMPLOYEE_ACCOUNT_CREDIT_BASIS_POINTS: number;
  /** The fixed monthly amount credited for a retiree, in fen. */
  RETIREE_MONTHLY_CREDIT_FEN: number;
}

/**
 * What one month's contribution credits to the personal account (DOMAIN.md, "How the service runs
 * in practice": since the 2021–2023 reforms an employee's account gets their own contribution —
 * 2 % of the wage base in many places — and the employer's share goes to the pooled fund; a
 * retiree gets a fixed monthly amount). The parameters are the county's, in force for the month
 * the contribution belongs to. Half a fen rounds up (GB/T 8170 rounding of money to the fen).
 */
export function personalAccountCredit(
  input: PersonalAccountCreditInput,
  parameters: PersonalAccountCreditParameters,
): number {
  if (input.kind === "RETIREE") return parameters.RETIREE_MONTHLY_CREDIT_FEN;
  const { wageBaseFen, personalContributionFen } = input;
  if (!Number.isSafeInteger(wageBaseFen) || wageBaseFen < 0) {
    throw new RangeError("the wage base is a non-negative integer of fen");
  }
  const share = Math.floor(
    (wageBaseFen * parameters.EMPLOYEE_ACCOUNT_CREDIT_BASIS_POINTS + 5_000) / 10_000,
  );
  return Math.max(0, Math.min(share, personalContributionFen));
}
