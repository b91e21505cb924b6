import { describe, expect, it } from "vitest";
import { personalAccountCredit } from "./personal-account-credit";

const parameters = { EMPLOYEE_ACCOUNT_CREDIT_BASIS_POINTS: 200, RETIREE_MONTHLY_CREDIT_FEN: 9_000 };

describe("personalAccountCredit()", () => {
  it("credits an employee 2 % of the wage base, their own contribution", () => {
    // Wage base ¥8,600: the employee pays ¥172 (2 %), all of it to the personal account.
    expect(
      personalAccountCredit(
        { kind: "EMPLOYEE", wageBaseFen: 860_000, personalContributionFen: 17_200 },
        parameters,
      ),
    ).toBe(17_200);
  });

  it("follows the county's share when it is another", () => {
    expect(
      personalAccountCredit(
        { kind: "EMPLOYEE", wageBaseFen: 860_000, personalContributionFen: 17_200 },
        { ...parameters, EMPLOYEE_ACCOUNT_CREDIT_BASIS_POINTS: 150 },
      ),
    ).toBe(12_900);
  });

  it("never credits more than the employee paid", () => {
    expect(
      personalAccountCredit(
        { kind: "EMPLOYEE", wageBaseFen: 860_000, personalContributionFen: 10_000 },
        parameters,
      ),
    ).toBe(10_000);
  });

  it("rounds half a fen up", () => {
    // 2 % of ¥3,456.25 is ¥69.125.
    expect(
      personalAccountCredit(
        { kind: "EMPLOYEE", wageBaseFen: 345_625, personalContributionFen: 7_000 },
        parameters,
      ),
    ).toBe(6_913);
  });

  it("credits a retiree the fixed monthly amount", () => {
    expect(personalAccountCredit({ kind: "RETIREE" }, parameters)).toBe(9_000);
  });
});
