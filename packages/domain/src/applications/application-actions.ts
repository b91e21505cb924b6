import { z } from "zod";
import { isoDateSchema } from "../schemas/iso-date-schema";
import { collectorSchema } from "./collector-schema";
import { missingItemsSchema } from "./missing-items-schema";
import { refusalSchema } from "./refusal-schema";

/** What can happen to a card application: each one a recorded fact; the status is their fold. */
export const applicationActionTypes = [
  "SUBMIT",
  "VERIFY_DOCUMENTS",
  "REQUEST_MATERIALS",
  "RESUBMIT",
  "REFUSE",
  "WITHDRAW",
  "APPROVE",
  "START_PRODUCTION",
  "MARK_FAILED",
  "MARK_READY",
  "HAND_OVER",
  "ISSUE_ON_THE_SPOT",
] as const;
export const applicationActionTypeSchema = z.enum(applicationActionTypes);
export type ApplicationActionType = (typeof applicationActionTypes)[number];

/** Who took an action: the applicant (online) or a member of staff (at a counter or back office). */
export const applicationActors = ["APPLICANT", "STAFF"] as const;
export const applicationActorSchema = z.enum(applicationActors);
export type ApplicationActor = (typeof applicationActors)[number];

/** Whose certificate a clerk verified: the insured's, and the agent's or the guardian's. */
export const certificateHolders = ["INSURED", "AGENT", "GUARDIAN"] as const;
export const certificateHolderSchema = z.enum(certificateHolders);
export type CertificateHolder = (typeof certificateHolders)[number];

/** Why a card could not be made. */
export const productionFailureReasons = [
  "PHOTO_REJECTED",
  "DATA_MISMATCH",
  "PRINTING_FAILED",
  "CHIP_WRITE_FAILED",
  "OTHER",
] as const;
export const productionFailureReasonSchema = z.enum(productionFailureReasons);
export type ProductionFailureReason = (typeof productionFailureReasons)[number];

export const productionFailureSchema = z.discriminatedUnion("reason", [
  z.object({ reason: productionFailureReasonSchema.exclude(["OTHER"]) }),
  z.object({ reason: z.literal("OTHER"), text: z.string().trim().min(1).max(200) }),
]);
export type ProductionFailure = z.infer<typeof productionFailureSchema>;

const recorded = {
  /** When it happened, an ISO 8601 instant in UTC ("…Z"), so that the strings sort like the times. */
  at: z.iso.datetime(),
  by: applicationActorSchema,
  /**
   * The counter visit (办件) it belongs to, if taken with the person at a counter. An on-the-spot
   * issue records SUBMIT, VERIFY_DOCUMENTS and ISSUE_ON_THE_SPOT with the same visit.
   */
  visitId: z.string().min(1).max(64).optional(),
};

/** A recorded action, as the API reads it back from the database and shows it in a history. */
export const applicationActionSchema = z.discriminatedUnion("type", [
  // The receipt number (受理回执号) the applicant is given.
  z.object({ type: z.literal("SUBMIT"), ...recorded, receiptNumber: z.string().min(1).max(32) }),
  z.object({
    type: z.literal("VERIFY_DOCUMENTS"),
    ...recorded,
    certificates: z
      .array(certificateHolderSchema)
      .min(1)
      .refine((holders) => new Set(holders).size === holders.length, "CERTIFICATES_REPEATED"),
  }),
  z.object({ type: z.literal("REQUEST_MATERIALS"), ...recorded, missingItems: missingItemsSchema }),
  z.object({ type: z.literal("RESUBMIT"), ...recorded }),
  z.object({ type: z.literal("REFUSE"), ...recorded, refusal: refusalSchema }),
  z.object({ type: z.literal("WITHDRAW"), ...recorded }),
  z.object({ type: z.literal("APPROVE"), ...recorded }),
  z.object({ type: z.literal("START_PRODUCTION"), ...recorded }),
  z.object({ type: z.literal("MARK_FAILED"), ...recorded, failure: productionFailureSchema }),
  // Where the card waits and the pickup deadline the holder was told, kept as told even if the
  // pickup period parameter changes later.
  z.object({
    type: z.literal("MARK_READY"),
    ...recorded,
    servicePointId: z.uuid(),
    pickupDeadline: isoDateSchema,
  }),
  z.object({ type: z.literal("HAND_OVER"), ...recorded, collector: collectorSchema }),
  z.object({ type: z.literal("ISSUE_ON_THE_SPOT"), ...recorded, collector: collectorSchema }),
]);
export type ApplicationAction = z.infer<typeof applicationActionSchema>;
export type ApplicationActionOf<T extends ApplicationActionType> = Extract<
  ApplicationAction,
  { type: T }
>;
