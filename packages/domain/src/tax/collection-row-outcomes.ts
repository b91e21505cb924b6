import { z } from "zod";
import { creditCodeRejections } from "../identifiers/validate-credit-code";
import { residentIdRejections } from "../identifiers/validate-resident-id";
import { yuanRejections } from "../money/parse-yuan-to-fen";
import { collectionColumnKeys } from "./collection-columns";

/**
 * What the check of a collection file says of each row (issue: the tax authority): it will be
 * credited; its employer or individual payer is not registered for that month; the county does
 * not know the person; its receipt number was credited before (this file or another); or it is
 * invalid, with every reason at once.
 */
export const collectionRowOutcomes = [
  "CREDITABLE",
  "UNKNOWN_PAYER",
  "UNKNOWN_PERSON",
  "ALREADY_CREDITED",
  "INVALID",
] as const;
export const collectionRowOutcomeSchema = z.enum(collectionRowOutcomes);
export type CollectionRowOutcome = (typeof collectionRowOutcomes)[number];

// The row's own reasons, beyond those of the identifiers and amounts it holds.
const rowReasons = [
  // An ID number or receipt number that the spreadsheet kept as a number has lost digits.
  "STORED_AS_NUMBER",
  "MONTH_FORMAT",
  "MONTH_IN_FUTURE",
  "EXCEEDS_WAGE_BASE",
  // Neither part paid anything.
  "NOTHING_PAID",
  // An individual pays both parts as their own: the employer part stays empty.
  "MUST_BE_EMPTY",
  "RECEIPT_NUMBER_FORMAT",
  // The same receipt number, or the same person and month, twice in the file.
  "DUPLICATE_IN_FILE",
  "PAYER_NOT_REGISTERED",
  "PERSON_NOT_KNOWN",
  "ALREADY_CREDITED",
  // Another receipt already paid this person's month (or resident year).
  "MONTH_ALREADY_PAID",
  // The resident scheme: not the year's amount; paid before the period opened; too late.
  "NOT_YEARLY_AMOUNT",
  "PAYMENT_PERIOD_NOT_OPEN",
  "COVER_YEAR_OVER",
] as const;

/** Why a row is not creditable, as codes the apps put into words, at its column. */
export type CollectionRowReason =
  | (typeof creditCodeRejections)[number]
  | (typeof residentIdRejections)[number]
  | (typeof yuanRejections)[number]
  | (typeof rowReasons)[number];
export const collectionRowReasons = [
  ...new Set<CollectionRowReason>([
    ...creditCodeRejections,
    ...residentIdRejections,
    ...yuanRejections,
    ...rowReasons,
  ]),
];
export const collectionRowReasonSchema = z.enum(
  collectionRowReasons as [CollectionRowReason, ...CollectionRowReason[]],
);

export const collectionColumnSchema = z.enum(
  collectionColumnKeys as [
    (typeof collectionColumnKeys)[number],
    ...(typeof collectionColumnKeys)[number][],
  ],
);

/** One reason, at its column. */
export const collectionRowErrorSchema = z.object({
  column: collectionColumnSchema,
  reason: collectionRowReasonSchema,
});
export type CollectionRowError = z.infer<typeof collectionRowErrorSchema>;
