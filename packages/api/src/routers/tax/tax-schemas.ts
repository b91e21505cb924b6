import {
  collectionColumnSchema,
  collectionRowErrorSchema,
  collectionRowOutcomeSchema,
  individualSchemeSchema,
  payerRegistrationEventKindSchema,
  supervisionDecisionSchema,
  supervisionEntryKindSchema,
  supervisionGroundSchema,
} from "@yibao/domain";
import { spreadsheetProblemCodeSchema } from "@yibao/spreadsheet";
import { z } from "zod";

// The wire shapes of the tax authority's procedures (issue: the tax authority), once.

const fen = z.number().int();
const date = z.string();
const month = z.string();

/** A request's key, so that a retry is applied once (a UUID fits). */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[0-9A-Za-z_-]{8,100}$/, "IDEMPOTENCY_KEY_FORMAT");
export const payerNameSchema = z.string().trim().min(1).max(100);
export const payerAddressSchema = z.string().trim().min(1).max(200);

export const registrationStatusSchema = z.enum(["NOT_REGISTERED", "REGISTERED", "CANCELLED"]);

export const employerViewSchema = z.object({
  employerId: z.string(),
  creditCode: z.string(),
  name: z.string(),
  address: z.string(),
  status: registrationStatusSchema,
  registeredOn: date.nullable(),
  cancelledOn: date.nullable(),
  checkExceptionReason: z.string().nullable(),
});

const personLabel = {
  personId: z.string(),
  name: z.string(),
  maskedResidentId: z.string(),
};

export const individualPayerViewSchema = z.object({
  individualPayerId: z.string(),
  ...personLabel,
  scheme: individualSchemeSchema,
  status: z.enum(["REGISTERED", "CANCELLED"]),
  registeredOn: date,
  cancelledOn: date.nullable(),
});

export const employmentViewSchema = z.object({
  employmentId: z.string(),
  employerId: z.string(),
  ...personLabel,
  fromMonth: month,
  toMonth: month.nullable(),
});

const fileProblemSchema = z.union([
  z.object({ code: spreadsheetProblemCodeSchema }),
  z.object({
    code: z.literal("MISSING_COLUMNS"),
    missing: z.array(collectionColumnSchema),
    duplicated: z.array(collectionColumnSchema),
  }),
]);

export const collectionViewSchema = z.object({
  collectionId: z.string(),
  status: z.enum(["CHECKED", "CREDITED", "FILE_REFUSED"]),
  fileName: z.string(),
  checkedAt: z.string(),
  fileProblem: fileProblemSchema.nullable(),
  rows: z.object({
    total: z.number().int(),
    valid: z.number().int(),
    invalid: z.array(
      z.object({
        row: z.number().int(),
        outcome: collectionRowOutcomeSchema.exclude(["CREDITABLE"]),
        errors: z.array(collectionRowErrorSchema),
      }),
    ),
  }),
  outcomes: z.record(collectionRowOutcomeSchema, z.number().int()),
  warnings: z.array(
    z.object({
      row: z.number().int(),
      column: collectionColumnSchema,
      reason: z.literal("BELOW_WAGE_BASE_FLOOR"),
    }),
  ),
  creditable: z.object({
    people: z.number().int(),
    months: z.array(month),
    personalFen: fen,
    employerFen: fen,
    residentFen: fen,
    toAccountsFen: fen,
  }),
  credited: z
    .object({ credited: z.number().int(), totalCreditedFen: fen, creditedAt: z.string() })
    .nullable(),
});

const supervisionPayerSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("EMPLOYER"),
    employerId: z.string(),
    creditCode: z.string(),
    name: z.string(),
  }),
  z.object({ kind: z.literal("INDIVIDUAL"), ...personLabel }),
]);

export const supervisionCaseViewSchema = z.object({
  caseId: z.string(),
  payer: supervisionPayerSchema,
  ground: supervisionGroundSchema,
  status: z.enum(["OPEN", "CLOSED"]),
  openedAt: z.string(),
  openedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  decision: z.object({ decision: supervisionDecisionSchema, decidedOn: date }).nullable(),
  entries: z.array(
    z.object({
      entryId: z.string(),
      kind: supervisionEntryKindSchema,
      occurredOn: date,
      recordedAt: z.string(),
      recordedBy: z.string().nullable(),
      note: z.string(),
      decision: supervisionDecisionSchema.nullable(),
    }),
  ),
});

export const owedMonthSchema = z.object({
  month,
  dueDate: date,
  wageBaseFen: fen,
  personalFen: fen,
  employerFen: fen,
  assessedFen: fen,
  daysLate: z.number().int(),
  lateFeeFen: fen,
});

export const arrearsSchema = z.object({
  month,
  asOf: date,
  payers: z.array(
    z.object({
      payer: z.discriminatedUnion("kind", [
        z.object({
          kind: z.literal("EMPLOYER"),
          employerId: z.string(),
          creditCode: z.string(),
          name: z.string(),
        }),
        z.object({ kind: z.literal("INDIVIDUAL"), individualPayerId: z.string(), ...personLabel }),
      ]),
      monthsOwed: z.array(month),
      peopleAffected: z.number().int(),
      assessedFen: fen,
      lateFeeFen: fen,
      openCaseId: z.string().nullable(),
      people: z.array(
        z.object({
          ...personLabel,
          months: z.array(owedMonthSchema),
          assessedFen: fen,
          lateFeeFen: fen,
        }),
      ),
    }),
  ),
  totals: z.object({
    payers: z.number().int(),
    people: z.number().int(),
    assessedFen: fen,
    lateFeeFen: fen,
  }),
});

const fundIncomeTotals = {
  employeeFen: fen,
  employerFen: fen,
  residentFen: fen,
  collectedFen: fen,
  creditedFen: fen,
  pooledFen: fen,
  arrearsFen: fen,
};
export const fundIncomeMonthSchema = z.object({ month, ...fundIncomeTotals });
export const fundIncomeTotalsSchema = z.object(fundIncomeTotals);

export const payerHistorySchema = z.object({
  payer: z.discriminatedUnion("kind", [
    employerViewSchema.extend({ kind: z.literal("EMPLOYER") }),
    z.object({
      kind: z.literal("INDIVIDUAL"),
      ...personLabel,
      registrations: z.array(individualPayerViewSchema),
    }),
  ]),
  events: z.array(
    z.object({
      kind: payerRegistrationEventKindSchema,
      effectiveOn: date,
      recordedAt: z.string(),
      recordedBy: z.string().nullable(),
      changes: z.record(z.string(), z.object({ from: z.string(), to: z.string() })).nullable(),
      scheme: individualSchemeSchema.nullable(),
      checkException: z.boolean(),
      employmentsEnded: z.number().int().nullable(),
    }),
  ),
  employees: z.array(employmentViewSchema),
  collections: z.array(
    z.object({
      month,
      people: z.number().int(),
      personalFen: fen,
      employerFen: fen,
      totalFen: fen,
      creditedFen: fen,
    }),
  ),
  residentPayments: z.array(
    z.object({
      coverYear: z.number().int(),
      amountFen: fen,
      paidAt: z.string(),
      coverStartsOn: date,
      receiptNumber: z.string(),
    }),
  ),
  cases: z.array(supervisionCaseViewSchema),
});
