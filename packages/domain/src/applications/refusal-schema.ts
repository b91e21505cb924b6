import { z } from "zod";

/** Why an application is refused (不予受理). */
export const refusalReasons = [
  "NOT_INSURED",
  "DUPLICATE_APPLICATION",
  "DOCUMENTS_INVALID",
  "PHOTO_UNSUITABLE",
  "OTHER",
] as const;
export const refusalReasonSchema = z.enum(refusalReasons);
export type RefusalReason = (typeof refusalReasons)[number];

/**
 * A refusal notice states the reason and the remedy (DOMAIN.md, "One-time notice"). For a coded
 * reason the remedy follows from it; the apps write both in the reader's language.
 */
export const refusalRemedies = {
  NOT_INSURED: "ENROL_FIRST",
  DUPLICATE_APPLICATION: "FOLLOW_OPEN_APPLICATION",
  DOCUMENTS_INVALID: "BRING_VALID_DOCUMENTS",
  PHOTO_UNSUITABLE: "PROVIDE_CONFORMING_PHOTO",
} as const satisfies Record<Exclude<RefusalReason, "OTHER">, string>;
export type RefusalRemedy = (typeof refusalRemedies)[keyof typeof refusalRemedies];

const noticeText = z.string().trim().min(1).max(500);

/** OTHER carries the reason and the remedy as the clerk wrote them. */
export const refusalSchema = z.discriminatedUnion("reason", [
  z.object({ reason: refusalReasonSchema.exclude(["OTHER"]) }),
  z.object({ reason: z.literal("OTHER"), text: noticeText, remedy: noticeText }),
]);
export type Refusal = z.infer<typeof refusalSchema>;
