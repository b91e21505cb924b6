import { describe, expect, it } from "vitest";
import { collectionReport, refusedFileReport } from "./collection-report";

describe("collectionReport()", () => {
  it("counts every outcome, lists the rows not credited and sums what will be", () => {
    const report = collectionReport([
      {
        row: 2,
        outcome: "CREDITABLE",
        personId: "a",
        month: "2026-10",
        resident: false,
        personalFen: 17_200,
        employerFen: 68_800,
        creditFen: 17_200,
        belowWageBaseFloor: false,
      },
      {
        row: 3,
        outcome: "CREDITABLE",
        personId: "b",
        month: "2026-10",
        resident: true,
        personalFen: 40_000,
        employerFen: 0,
        creditFen: 0,
        belowWageBaseFloor: false,
      },
      {
        row: 4,
        outcome: "CREDITABLE",
        personId: "a",
        month: "2026-09",
        resident: false,
        personalFen: 7_600,
        employerFen: 30_400,
        creditFen: 7_600,
        belowWageBaseFloor: true,
      },
      {
        row: 5,
        outcome: "UNKNOWN_PERSON",
        errors: [{ column: "residentId", reason: "PERSON_NOT_KNOWN" }],
      },
    ]);
    expect(report.rows).toEqual({
      total: 4,
      valid: 3,
      invalid: [
        {
          row: 5,
          outcome: "UNKNOWN_PERSON",
          errors: [{ column: "residentId", reason: "PERSON_NOT_KNOWN" }],
        },
      ],
    });
    expect(report.outcomes).toEqual({
      CREDITABLE: 3,
      UNKNOWN_PAYER: 0,
      UNKNOWN_PERSON: 1,
      ALREADY_CREDITED: 0,
      INVALID: 0,
    });
    expect(report.creditable).toEqual({
      people: 2,
      months: ["2026-09", "2026-10"],
      personalFen: 24_800,
      employerFen: 99_200,
      residentFen: 40_000,
      toAccountsFen: 24_800,
    });
    expect(report.warnings).toEqual([
      { row: 4, column: "wageBase", reason: "BELOW_WAGE_BASE_FLOOR" },
    ]);
  });

  it("reports a refused file with no rows", () => {
    expect(refusedFileReport({ code: "FORMULA_PRESENT" })).toMatchObject({
      fileProblem: { code: "FORMULA_PRESENT" },
      rows: { total: 0, valid: 0, invalid: [] },
    });
  });
});
