import { z } from "zod";
import { cardPhotoRejections } from "../applications/check-card-photo";
import { residentIdRejections } from "../identifiers/validate-resident-id";
import { type BatchRowField, batchRowFieldSchema } from "./batch-columns";

/**
 * Why a row of a batch is invalid, as codes the apps put into words. The ID number's own reasons
 * are `validateResidentId`'s (an empty cell is REQUIRED); a photo's are `checkCardPhoto`'s.
 *
 * - `STORED_AS_NUMBER`: the sheet stored the ID as a number, which has already lost its last
 *   digits and any X; the file has to be fixed (the column formatted as text, the IDs retyped).
 * - `DUPLICATE_IN_FILE`: the same ID as an earlier row of the file.
 * - `ALREADY_APPLIED`: this employer has an open application for the person already (the same
 *   file sent again); `APPLICATION_ALREADY_OPEN`: an open application from elsewhere;
 *   `CARD_ALREADY_ISSUED`: the person has had a card (a lost or damaged one is replaced, 补换).
 */
export const batchRowReasons = [
  "REQUIRED",
  "TOO_LONG",
  "STORED_AS_NUMBER",
  ...residentIdRejections.filter((reason) => reason !== "EMPTY"),
  "DUPLICATE_IN_FILE",
  "PHONE_FORMAT",
  "ALREADY_APPLIED",
  "APPLICATION_ALREADY_OPEN",
  "CARD_ALREADY_ISSUED",
  ...cardPhotoRejections,
] as const;
export const batchRowReasonSchema = z.enum(batchRowReasons);
export type BatchRowReason = (typeof batchRowReasons)[number];

/** Facts about a row worth a look that do not stop it (a service point the county has none of). */
export const batchRowWarningReasons = ["UNKNOWN_SERVICE_POINT"] as const;
export const batchRowWarningReasonSchema = z.enum(batchRowWarningReasons);
export type BatchRowWarningReason = (typeof batchRowWarningReasons)[number];

export const batchRowProblemSchema = z.object({
  column: batchRowFieldSchema,
  reason: batchRowReasonSchema,
});
export type BatchRowProblem = { column: BatchRowField; reason: BatchRowReason };

export const batchRowWarningSchema = z.object({
  column: batchRowFieldSchema,
  reason: batchRowWarningReasonSchema,
});
export type BatchRowWarning = { column: BatchRowField; reason: BatchRowWarningReason };
