import { describe, expect, it } from "vitest";
import { personArrears } from "./person-arrears";

const parameters = {
  EMPLOYER_PREMIUM_BASIS_POINTS: 800,
  EMPLOYEE_PREMIUM_BASIS_POINTS: 200,
  WAGE_BASE_FLOOR_FEN: 400_000,
};

describe("personArrears()", () => {
  it("assesses each overdue month at the last known wage base, with its late fee", () => {
    const arrears = personArrears(
      {
        periods: [{ fromMonth: "2026-05", toMonth: null }],
        paid: [
          { month: "2026-05", wageBaseFen: 600_000 },
          { month: "2026-06", wageBaseFen: 620_000 },
        ],
      },
      { upTo: "2026-11", asOf: "2026-11-25", parametersFor: () => parameters },
    );
    // July–October are overdue; November is not due until 15 December.
    expect(arrears.months.map((row) => row.month)).toEqual([
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
    const october = arrears.months.at(-1);
    expect(october).toMatchObject({
      dueDate: "2026-11-15",
      wageBaseFen: 620_000,
      assessedFen: 62_000,
      daysLate: 10,
      lateFeeFen: 310,
    });
    // July: due 15 August, 102 days late by 25 November: 62,000 × 0.0005 × 102 = 3,162.
    expect(arrears.months[0]).toMatchObject({ daysLate: 102, lateFeeFen: 3_162 });
    expect(arrears.assessedFen).toBe(4 * 62_000);
    expect(arrears.lateFeeFen).toBe(
      arrears.months.reduce((total, row) => total + row.lateFeeFen, 0),
    );
  });

  it("assesses at the county's floor when no base is known or it was lower", () => {
    const arrears = personArrears(
      { periods: [{ fromMonth: "2026-09", toMonth: "2026-09" }], paid: [] },
      { upTo: "2026-11", asOf: "2026-11-25", parametersFor: () => parameters },
    );
    expect(arrears.months).toHaveLength(1);
    expect(arrears.months[0]).toMatchObject({ wageBaseFen: 400_000, assessedFen: 40_000 });
    const low = personArrears(
      {
        periods: [{ fromMonth: "2026-08", toMonth: "2026-09" }],
        paid: [{ month: "2026-08", wageBaseFen: 300_000 }],
      },
      { upTo: "2026-11", asOf: "2026-11-25", parametersFor: () => parameters },
    );
    expect(low.months[0]).toMatchObject({ month: "2026-09", wageBaseFen: 400_000 });
  });

  it("takes each month's rates from the parameters in force for it", () => {
    const arrears = personArrears(
      { periods: [{ fromMonth: "2026-08", toMonth: "2026-09" }], paid: [] },
      {
        upTo: "2026-09",
        asOf: "2026-11-25",
        parametersFor: (month) =>
          month === "2026-09" ? { ...parameters, EMPLOYER_PREMIUM_BASIS_POINTS: 700 } : parameters,
      },
    );
    expect(arrears.months.map((row) => row.employerFen)).toEqual([32_000, 28_000]);
  });
});
