import { loadParameterRecords, type PrismaClient } from "@yibao/db";
import {
  type CollectionCell,
  type CollectionColumn,
  type CollectionReportRow,
  type CollectionRow,
  type CollectionRowError,
  type CollectionRowOutcome,
  checkCollectionRow,
  chinaToday,
  compareMonths,
  type IndividualScheme,
  monthOf,
  parametersOn,
  personalAccountCredit,
  residentCover,
} from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { isoDate } from "./calendar-dates";

type Reader = Pick<
  PrismaClient,
  "employer" | "person" | "individualPayer" | "contribution" | "residentPayment" | "countyParameter"
>;

/** Whose premium a creditable row is: an employee's, a flexible worker's, a resident's. */
export type CollectionRowKind = "EMPLOYEE" | IndividualScheme;

export interface CreditableRow {
  row: number;
  outcome: "CREDITABLE";
  kind: CollectionRowKind;
  parsed: CollectionRow;
  personId: string;
  /** What the personal account is credited (0 for the resident scheme, which has none). */
  creditFen: number;
  /** The resident scheme: the year paid for and the first day it covers. */
  resident: { coverYear: number; coverStartsOn: string } | null;
  belowWageBaseFloor: boolean;
}

export interface RefusedRow {
  row: number;
  outcome: Exclude<CollectionRowOutcome, "CREDITABLE">;
  errors: CollectionRowError[];
}

export type ClassifiedRow = CreditableRow | RefusedRow;

interface Registration {
  registeredOn: Date | null;
  cancelledOn: Date | null;
}

/** A registration covers the months from its first day's month to its cancellation's, inclusive. */
function covers(registration: Registration, month: string): boolean {
  if (!registration.registeredOn) return false;
  if (compareMonths(monthOf(isoDate(registration.registeredOn)), month) > 0) return false;
  return (
    !registration.cancelledOn ||
    compareMonths(month, monthOf(isoDate(registration.cancelledOn))) <= 0
  );
}

/**
 * Every row of a collection file judged against the records as the reader `db` sees them (a
 * transaction's own view when crediting): read on its own first (`checkCollectionRow`); then a
 * receipt number credited before is ALREADY_CREDITED; a person the county does not know is
 * UNKNOWN_PERSON; an employer, or an individual payer, not registered for the row's month is
 * UNKNOWN_PAYER; a receipt, or a person's month, that an earlier row of the file holds, a month
 * another receipt paid, and the resident scheme's amount and period are INVALID. What remains is
 * CREDITABLE, with the personal account's share under the parameters in force for its month.
 */
export async function classifyCollectionRows(
  db: Reader,
  ctx: Pick<ServiceContext, "protector" | "now">,
  rows: ReadonlyArray<{ row: number; cells: Record<CollectionColumn, CollectionCell> }>,
): Promise<ClassifiedRow[]> {
  const today = chinaToday(ctx.now);
  const excepted = await db.employer.findMany({
    where: { checkExceptionReason: { not: null } },
    select: { creditCode: true },
  });
  const exceptedCreditCodes = new Set(excepted.map((row) => row.creditCode.trim()));
  const checks = rows.map((line) => ({
    row: line.row,
    check: checkCollectionRow(line.cells, { today, exceptedCreditCodes }),
  }));
  const parsed = checks.flatMap((line) => (line.check.ok ? [line.check.row] : []));

  const indexOf = new Map(
    parsed.map((row) => [row.residentId, ctx.protector.residentIdIndex(row.residentId)]),
  );
  const persons = await db.person.findMany({
    where: { residentIdIndex: { in: [...new Set(indexOf.values())] } },
    select: { id: true, residentIdIndex: true },
  });
  const personOf = new Map(persons.map((person) => [person.residentIdIndex, person.id]));
  const personIds = persons.map((person) => person.id);
  const creditCodes = [
    ...new Set(parsed.flatMap((row) => (row.creditCode ? [row.creditCode] : []))),
  ];
  const receipts = [...new Set(parsed.map((row) => row.receiptNumber))];
  const months = [...new Set(parsed.map((row) => row.month))];
  const years = [...new Set(parsed.map((row) => Number(row.month.slice(0, 4))))];
  const [
    employers,
    individuals,
    creditedContributions,
    creditedResident,
    paid,
    residentPaid,
    records,
  ] = await Promise.all([
    db.employer.findMany({
      where: { creditCode: { in: creditCodes } },
      select: { creditCode: true, registeredOn: true, cancelledOn: true },
    }),
    db.individualPayer.findMany({
      where: { personId: { in: personIds } },
      select: { personId: true, scheme: true, registeredOn: true, cancelledOn: true },
    }),
    db.contribution.findMany({
      where: { receiptNumber: { in: receipts } },
      select: { receiptNumber: true },
    }),
    db.residentPayment.findMany({
      where: { receiptNumber: { in: receipts } },
      select: { receiptNumber: true },
    }),
    db.contribution.findMany({
      where: { personId: { in: personIds }, month: { in: months } },
      select: { personId: true, month: true },
    }),
    db.residentPayment.findMany({
      where: { personId: { in: personIds }, coverYear: { in: years } },
      select: { personId: true, coverYear: true },
    }),
    loadParameterRecords(db),
  ]);
  const employerOf = new Map(employers.map((row) => [row.creditCode.trim(), row]));
  const credited = new Set(
    [...creditedContributions, ...creditedResident].flatMap((row) =>
      row.receiptNumber ? [row.receiptNumber] : [],
    ),
  );
  const paidKeys = new Set([
    ...paid.map((row) => `${row.personId}:${row.month.trim()}`),
    ...residentPaid.map((row) => `${row.personId}:Y${row.coverYear}`),
  ]);
  const todayParameters = parametersOn(records, today);

  const seenReceipts = new Set<string>();
  const seenPaid = new Set<string>();
  return checks.map(({ row, check }): ClassifiedRow => {
    if (!check.ok) return { row, outcome: "INVALID", errors: check.errors };
    const line = check.row;
    const refuse = (
      outcome: RefusedRow["outcome"],
      column: CollectionColumn,
      reason: CollectionRowError["reason"],
    ): RefusedRow => ({ row, outcome, errors: [{ column, reason }] });

    if (credited.has(line.receiptNumber)) {
      return refuse("ALREADY_CREDITED", "receiptNumber", "ALREADY_CREDITED");
    }
    if (seenReceipts.has(line.receiptNumber)) {
      return refuse("INVALID", "receiptNumber", "DUPLICATE_IN_FILE");
    }
    seenReceipts.add(line.receiptNumber);
    const personId = personOf.get(indexOf.get(line.residentId) ?? "");
    if (!personId) return refuse("UNKNOWN_PERSON", "residentId", "PERSON_NOT_KNOWN");

    let kind: CollectionRowKind;
    if (line.creditCode) {
      const employer = employerOf.get(line.creditCode);
      if (!employer || !covers(employer, line.month)) {
        return refuse("UNKNOWN_PAYER", "creditCode", "PAYER_NOT_REGISTERED");
      }
      kind = "EMPLOYEE";
    } else {
      const registration = individuals.find(
        (candidate) => candidate.personId === personId && covers(candidate, line.month),
      );
      if (!registration) return refuse("UNKNOWN_PAYER", "residentId", "PAYER_NOT_REGISTERED");
      kind = registration.scheme as IndividualScheme;
    }

    const errors: CollectionRowError[] = [];
    const monthParameters = parametersOn(records, `${line.month}-01`);
    let resident: CreditableRow["resident"] = null;
    let paidKey = `${personId}:${line.month}`;
    if (kind === "RESIDENT") {
      const coverYear = Number(line.month.slice(0, 4));
      paidKey = `${personId}:Y${coverYear}`;
      const yearly = parametersOn(records, `${coverYear}-01-01`).RESIDENT_YEARLY_CONTRIBUTION_FEN;
      if (line.personalFen !== yearly)
        errors.push({ column: "personal", reason: "NOT_YEARLY_AMOUNT" });
      if (line.employerFen !== 0) errors.push({ column: "employer", reason: "MUST_BE_EMPTY" });
      const cover = residentCover({ coverYear, paidOn: today }, todayParameters);
      if (cover.ok) resident = { coverYear, coverStartsOn: cover.coverStartsOn };
      else errors.push({ column: "month", reason: cover.reason });
    } else {
      // The employee scheme's month is paid during or after it, never ahead.
      if (compareMonths(line.month, monthOf(today)) > 0) {
        errors.push({ column: "month", reason: "MONTH_IN_FUTURE" });
      }
      if (line.wageBaseFen === null) errors.push({ column: "wageBase", reason: "EMPTY" });
      if (kind === "FLEXIBLE_EMPLOYMENT" && line.employerFen !== 0) {
        errors.push({ column: "employer", reason: "MUST_BE_EMPTY" });
      }
    }
    if (paidKeys.has(paidKey)) errors.push({ column: "month", reason: "MONTH_ALREADY_PAID" });
    else if (seenPaid.has(paidKey)) errors.push({ column: "month", reason: "DUPLICATE_IN_FILE" });
    if (errors.length > 0) return { row, outcome: "INVALID", errors };
    seenPaid.add(paidKey);

    const wageBaseFen = line.wageBaseFen ?? 0;
    return {
      row,
      outcome: "CREDITABLE",
      kind,
      parsed: line,
      personId,
      creditFen:
        kind === "RESIDENT"
          ? 0
          : personalAccountCredit(
              { kind: "EMPLOYEE", wageBaseFen, personalContributionFen: line.personalFen },
              monthParameters,
            ),
      resident,
      belowWageBaseFloor: kind !== "RESIDENT" && wageBaseFen < monthParameters.WAGE_BASE_FLOOR_FEN,
    };
  });
}

/** A judged row as the report counts it. */
export function reportRowOf(row: ClassifiedRow): CollectionReportRow {
  if (row.outcome !== "CREDITABLE") return row;
  return {
    row: row.row,
    outcome: "CREDITABLE",
    personId: row.personId,
    month: row.parsed.month,
    resident: row.kind === "RESIDENT",
    personalFen: row.parsed.personalFen,
    employerFen: row.parsed.employerFen,
    creditFen: row.creditFen,
    belowWageBaseFloor: row.belowWageBaseFloor,
  };
}
