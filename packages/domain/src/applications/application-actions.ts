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
  // An employer's cards (DOMAIN.md, channel 4): one of its handling agents collects them at the
  // county centre, then the employer records handing each to its employee.
  "EMPLOYER_COLLECT",
  "EMPLOYER_HAND_OUT",
  // The uncollected-card path (DOMAIN.md, "Pickup"): the pickup period ends, the service point
  // sends the card back to the county centre, the recall period ends and the card is cancelled.
  "EXPIRE_PICKUP",
  "RETURN_TO_CENTRE",
  "CANCEL_UNCOLLECTED",
  // Staff raise an application to the county centre by hand, with a reason; the status stays.
  "ESCALATE",
  // A year's holiday notice was entered and the provisional due date settled; the status stays.
  "DUE_DATE_CHANGED",
] as const;
export const applicationActionTypeSchema = z.enum(applicationActionTypes);
export type ApplicationActionType = (typeof applicationActionTypes)[number];

/**
 * Who took an action: the applicant (online), a member of staff (at a counter or back office),
 * Yibao's own scheduled work (the pickup period ending, a due date settled by the calendar), or an
 * employer through its handling agent (单位经办人), for the employees it applied for.
 */
export const applicationActors = ["APPLICANT", "STAFF", "SYSTEM", "EMPLOYER"] as const;
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

/** Why staff escalate an application to the county centre. */
export const escalationReasons = ["OVERDUE", "PRODUCTION_PROBLEM", "COMPLAINT", "OTHER"] as const;
export const escalationReasonSchema = z.enum(escalationReasons);
export type EscalationReason = (typeof escalationReasons)[number];

export const productionFailureSchema = z.discriminatedUnion("reason", [
  z.object({ reason: productionFailureReasonSchema.exclude(["OTHER"]) }),
  z.object({ reason: z.literal("OTHER"), text: z.string().trim().min(1).max(200) }),
]);
export type ProductionFailure = z.infer<typeof productionFailureSchema>;

/** `Y` and (at least) eight digits, drawn from the database's card number sequence. */
export const cardNumberSchema = z.string().regex(/^Y\d{8,12}$/);

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
  // pickup period parameter changes later; the number printed on the card once it is made (a
  // card made before the numbers were drawn here gets one when it is handed over).
  z.object({
    type: z.literal("MARK_READY"),
    ...recorded,
    servicePointId: z.uuid(),
    pickupDeadline: isoDateSchema,
    cardNumber: cardNumberSchema.optional(),
  }),
  z.object({ type: z.literal("HAND_OVER"), ...recorded, collector: collectorSchema }),
  z.object({ type: z.literal("ISSUE_ON_THE_SPOT"), ...recorded, collector: collectorSchema }),
  // Which employer's agent signed the hand-over list (单位领卡交接单) at the county centre.
  z.object({
    type: z.literal("EMPLOYER_COLLECT"),
    ...recorded,
    employerId: z.uuid(),
    agentId: z.uuid(),
  }),
  // The agent who recorded handing the card to the employee.
  z.object({ type: z.literal("EMPLOYER_HAND_OUT"), ...recorded, agentId: z.uuid() }),
  // The pickup deadline that passed, as the holder was told it.
  z.object({ type: z.literal("EXPIRE_PICKUP"), ...recorded, pickupDeadline: isoDateSchema }),
  z.object({ type: z.literal("RETURN_TO_CENTRE"), ...recorded }),
  // The last day of the recall period, after which the card was cancelled.
  z.object({ type: z.literal("CANCEL_UNCOLLECTED"), ...recorded, recallDeadline: isoDateSchema }),
  z.object({
    type: z.literal("ESCALATE"),
    ...recorded,
    reason: escalationReasonSchema,
    note: z.string().trim().min(1).max(200),
  }),
  z.object({
    type: z.literal("DUE_DATE_CHANGED"),
    ...recorded,
    from: isoDateSchema,
    to: isoDateSchema,
    calendarYear: z.number().int().min(2000).max(9999),
  }),
]);
export type ApplicationAction = z.infer<typeof applicationActionSchema>;
export type ApplicationActionOf<T extends ApplicationActionType> = Extract<
  ApplicationAction,
  { type: T }
>;
