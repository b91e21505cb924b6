import type { CollectionColumn } from "./collection-columns";
import {
  type CollectionRowError,
  type CollectionRowOutcome,
  collectionRowOutcomes,
} from "./collection-row-outcomes";

/** Why a file could not be read as a collection: the spreadsheet reader's code, or columns. */
export type CollectionFileProblem =
  | { code: string }
  | { code: "MISSING_COLUMNS"; missing: CollectionColumn[]; duplicated: CollectionColumn[] };

/** One judged row, as the report counts it. */
export type CollectionReportRow =
  | {
      row: number;
      outcome: "CREDITABLE";
      personId: string;
      month: string;
      /** The resident scheme's yearly payment (no personal account, no employer part). */
      resident: boolean;
      personalFen: number;
      employerFen: number;
      creditFen: number;
      belowWageBaseFloor: boolean;
    }
  | {
      row: number;
      outcome: Exclude<CollectionRowOutcome, "CREDITABLE">;
      errors: CollectionRowError[];
    };

/**
 * What a check of a collection file found, as stored with the collection and answered to the
 * officer: facts and codes only (row numbers, outcomes, reasons, sums), never an ID number or a
 * name — the apps word each reason at its column.
 */
export interface CollectionReport {
  fileProblem: CollectionFileProblem | null;
  rows: {
    total: number;
    valid: number;
    invalid: Array<{
      row: number;
      outcome: Exclude<CollectionRowOutcome, "CREDITABLE">;
      errors: CollectionRowError[];
    }>;
  };
  outcomes: Record<CollectionRowOutcome, number>;
  /** Creditable rows whose wage base is below the county's floor: a ground for supervision. */
  warnings: Array<{ row: number; column: CollectionColumn; reason: "BELOW_WAGE_BASE_FLOOR" }>;
  /** What the creditable rows hold. */
  creditable: {
    people: number;
    months: string[];
    personalFen: number;
    employerFen: number;
    residentFen: number;
    toAccountsFen: number;
  };
}

const noOutcomes = () =>
  Object.fromEntries(collectionRowOutcomes.map((outcome) => [outcome, 0])) as Record<
    CollectionRowOutcome,
    number
  >;

/** The report of a file that could not be read as a collection at all. */
export function refusedFileReport(problem: CollectionFileProblem): CollectionReport {
  return {
    fileProblem: problem,
    rows: { total: 0, valid: 0, invalid: [] },
    outcomes: noOutcomes(),
    warnings: [],
    creditable: {
      people: 0,
      months: [],
      personalFen: 0,
      employerFen: 0,
      residentFen: 0,
      toAccountsFen: 0,
    },
  };
}

/** The report of a file's judged rows. */
export function collectionReport(rows: readonly CollectionReportRow[]): CollectionReport {
  const outcomes = noOutcomes();
  const invalid: CollectionReport["rows"]["invalid"] = [];
  const warnings: CollectionReport["warnings"] = [];
  const people = new Set<string>();
  const months = new Set<string>();
  const sums = { personalFen: 0, employerFen: 0, residentFen: 0, toAccountsFen: 0 };
  for (const row of rows) {
    outcomes[row.outcome] += 1;
    if (row.outcome !== "CREDITABLE") {
      invalid.push({ row: row.row, outcome: row.outcome, errors: row.errors });
      continue;
    }
    people.add(row.personId);
    months.add(row.month);
    if (row.resident) {
      sums.residentFen += row.personalFen;
    } else {
      sums.personalFen += row.personalFen;
      sums.employerFen += row.employerFen;
    }
    sums.toAccountsFen += row.creditFen;
    if (row.belowWageBaseFloor) {
      warnings.push({ row: row.row, column: "wageBase", reason: "BELOW_WAGE_BASE_FLOOR" });
    }
  }
  return {
    fileProblem: null,
    rows: { total: rows.length, valid: outcomes.CREDITABLE, invalid },
    outcomes,
    warnings,
    creditable: { people: people.size, months: [...months].sort(), ...sums },
  };
}
