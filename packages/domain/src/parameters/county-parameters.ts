import { z } from "zod";
import { isMonthDay } from "./month-day";

/**
 * The county's parameters (DOMAIN.md, "How the service runs in practice": defaults are
 * parameters). Each has a history of effective dates; the value in force on a day is the one
 * with the latest effective date on or before it (`parameterValueOn`). `unit` tells the apps how to word the value.
 */
export const countyParameterTable = {
  /** The service point's promise: done by the n-th working day after submission. */
  SERVICE_POINT_PROMISE_WORKING_DAYS: {
    unit: "WORKING_DAYS",
    schema: z.number().int().min(1).max(20),
    default: 3,
  },
  /** How long a ready card waits for collection (180 days is common). */
  PICKUP_PERIOD_DAYS: { unit: "DAYS", schema: z.number().int().min(30).max(730), default: 180 },
  /** After the pickup period, how long an uncollected card is kept before it is cancelled. */
  RECALL_PERIOD_DAYS: { unit: "DAYS", schema: z.number().int().min(30).max(730), default: 180 },
  /** The card photo's file size, in bytes (DOMAIN.md, "Photos": commonly 5–50 KB). */
  PHOTO_MIN_BYTES: {
    unit: "BYTES",
    schema: z.number().int().min(1_000).max(100_000),
    default: 5_000,
  },
  PHOTO_MAX_BYTES: {
    unit: "BYTES",
    schema: z.number().int().min(10_000).max(500_000),
    default: 50_000,
  },
  /** The county centre's deadline to call back a person who gave a bad rating. */
  FOLLOW_UP_WORKING_DAYS: {
    unit: "WORKING_DAYS",
    schema: z.number().int().min(1).max(30),
    default: 5,
  },
  /** What an employee's month credits to the personal account, as a share of the wage base
   * (DOMAIN.md: 2 % in many counties since the 2021 reform; the employer's share goes to the
   * pooled fund). In force for the month the contribution belongs to. */
  EMPLOYEE_ACCOUNT_CREDIT_BASIS_POINTS: {
    unit: "BASIS_POINTS",
    schema: z.number().int().min(0).max(1_000),
    default: 200,
  },
  /** The fixed amount a retiree's account is credited each month. */
  RETIREE_MONTHLY_CREDIT_FEN: {
    unit: "FEN",
    schema: z.number().int().min(0).max(100_000),
    default: 9_000,
  },
  /** Whether a sealed account's balance may still pay outpatient and pharmacy costs (some
   * regions, Beijing for one); by default nothing is paid from a sealed account (the FAQ). */
  SEALED_ACCOUNT_MAY_PAY: { unit: "BOOLEAN", schema: z.boolean(), default: false },
  /** How long an e-card QR code is valid (DOMAIN.md: refreshed on screen every 30–60 s). */
  ECARD_TOKEN_SECONDS: {
    unit: "SECONDS",
    schema: z.number().int().min(15).max(300),
    default: 60,
  },
  // The tax authority's side (issue: the tax authority). Premium rates of the employee scheme, in
  // force for the month a premium belongs to: what arrears are assessed at (DOMAIN.md: employer
  // 8 %, employee 2 % in many counties).
  EMPLOYER_PREMIUM_BASIS_POINTS: {
    unit: "BASIS_POINTS",
    schema: z.number().int().min(0).max(2_000),
    default: 800,
  },
  EMPLOYEE_PREMIUM_BASIS_POINTS: {
    unit: "BASIS_POINTS",
    schema: z.number().int().min(0).max(1_000),
    default: 200,
  },
  /** The lowest monthly wage base (缴费基数下限): a base below it is a ground for supervision. */
  WAGE_BASE_FLOOR_FEN: {
    unit: "FEN",
    schema: z.number().int().min(0).max(10_000_000),
    default: 400_000,
  },
  /** The resident scheme's yearly individual amount (DOMAIN.md: 400 yuan), in force on 1 January
   * of the year it covers. */
  RESIDENT_YEARLY_CONTRIBUTION_FEN: {
    unit: "FEN",
    schema: z.number().int().min(1).max(1_000_000),
    default: 40_000,
  },
  /** The resident scheme's annual payment period (集中缴费期), as month and day (MMDD: 901 =
   * 1 September): it opens in the year before the year covered and closes on the END day — in
   * the same year, or, when END is before START, in the year covered (an extension into
   * January or February). DOMAIN.md: commonly 1 September – 31 December. */
  RESIDENT_PAYMENT_PERIOD_START: {
    unit: "MONTH_DAY",
    schema: z.number().int().refine(isMonthDay, "MONTH_DAY_FORMAT"),
    default: 901,
  },
  RESIDENT_PAYMENT_PERIOD_END: {
    unit: "MONTH_DAY",
    schema: z.number().int().refine(isMonthDay, "MONTH_DAY_FORMAT"),
    default: 1231,
  },
  /** Paid after the period closes, cover starts after this waiting period (待遇等待期; the State
   * Council's 2024 guideline on long-term enrolment, 国办发〔2024〕38号, sets 3 months). */
  RESIDENT_WAITING_PERIOD_DAYS: {
    unit: "DAYS",
    schema: z.number().int().min(0).max(366),
    default: 90,
  },
} as const satisfies Record<
  string,
  {
    unit:
      | "WORKING_DAYS"
      | "DAYS"
      | "BYTES"
      | "FEN"
      | "BASIS_POINTS"
      | "SECONDS"
      | "BOOLEAN"
      | "MONTH_DAY";
    schema: z.ZodType;
    default: unknown;
  }
>;

export type CountyParameterKey = keyof typeof countyParameterTable;
export const countyParameterKeys = Object.keys(countyParameterTable) as CountyParameterKey[];
export const countyParameterKeySchema = z.enum(
  countyParameterKeys as [CountyParameterKey, ...CountyParameterKey[]],
);
export type CountyParameterValue<K extends CountyParameterKey> = z.infer<
  (typeof countyParameterTable)[K]["schema"]
>;

/** Every parameter's value on one day. */
export type CountyParameters = { [K in CountyParameterKey]: CountyParameterValue<K> };

export const defaultCountyParameters = Object.fromEntries(
  countyParameterKeys.map((key) => [key, countyParameterTable[key].default]),
) as CountyParameters;

/** One recorded value: from `effectiveFrom` ('YYYY-MM-DD', China's date) until the next one. */
export interface ParameterValueRecord {
  key: string;
  effectiveFrom: string;
  value: unknown;
}

/**
 * The values in force on `date` ('YYYY-MM-DD'): for each key the record with the latest effective
 * date on or before it, or the default when none has taken effect yet. A stored value the
 * schema refuses (a key retired, a bound tightened) falls back to the default.
 */
export function parametersOn(
  records: readonly ParameterValueRecord[],
  date: string,
): CountyParameters {
  const result = { ...defaultCountyParameters } as Record<string, unknown>;
  const latest = new Map<string, string>();
  for (const record of records) {
    if (!Object.hasOwn(countyParameterTable, record.key) || record.effectiveFrom > date) continue;
    const seen = latest.get(record.key);
    if (seen !== undefined && seen >= record.effectiveFrom) continue;
    const parsed = countyParameterTable[record.key as CountyParameterKey].schema.safeParse(
      record.value,
    );
    if (!parsed.success) continue;
    latest.set(record.key, record.effectiveFrom);
    result[record.key] = parsed.data;
  }
  return result as CountyParameters;
}
