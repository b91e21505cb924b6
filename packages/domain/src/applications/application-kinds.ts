import { z } from "zod";

/** A first card (首次申领) or a replacement (补换卡) of a card the person has held. */
export const applicationKinds = ["FIRST_ISSUE", "REPLACEMENT"] as const;
export const applicationKindSchema = z.enum(applicationKinds);
export type ApplicationKind = (typeof applicationKinds)[number];

/** Why a card is replaced. LOST cancels the old card at once; the others when the new one is collected. */
export const replacementReasons = ["LOST", "DAMAGED", "EXPIRED", "DETAILS_CHANGED"] as const;
export const replacementReasonSchema = z.enum(replacementReasons);
export type ReplacementReason = (typeof replacementReasons)[number];
