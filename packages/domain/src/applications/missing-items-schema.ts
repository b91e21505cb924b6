import { z } from "zod";
import type { ApplicantKind } from "./applicant-schema";

/** What a one-time notice (一次性告知, 补正材料通知书) can ask for. */
export const missingItemCodes = [
  "PHOTO",
  "ID_DOCUMENT_COPY",
  "AGENT_ID_DOCUMENT",
  "AUTHORISATION_LETTER",
  "HOUSEHOLD_REGISTER",
  "GUARDIAN_ID_DOCUMENT",
  "OTHER",
] as const;
export const missingItemCodeSchema = z.enum(missingItemCodes);
export type MissingItemCode = (typeof missingItemCodes)[number];

export const missingItemSchema = z.discriminatedUnion("code", [
  z.object({ code: missingItemCodeSchema.exclude(["OTHER"]) }),
  z.object({ code: z.literal("OTHER"), text: z.string().trim().min(1).max(200) }),
]);
export type MissingItem = z.infer<typeof missingItemSchema>;

/** Two items are the same when their codes are, or, for OTHER, their texts. */
export function missingItemKey(item: MissingItem): string {
  return item.code === "OTHER" ? `OTHER:${item.text}` : item.code;
}

/**
 * Every missing item at once (DOMAIN.md, "One-time notice"): at least one, none twice. The issue
 * message is a code for the apps to translate.
 */
export const missingItemsSchema = z
  .array(missingItemSchema)
  .min(1, "MISSING_ITEMS_EMPTY")
  .max(missingItemCodes.length + 10)
  .refine(
    (items) => new Set(items.map(missingItemKey)).size === items.length,
    "MISSING_ITEMS_REPEATED",
  );

/** Items that only make sense for one kind of applicant; every other item fits every applicant. */
const itemsOnlyFor: Partial<Record<MissingItemCode, ApplicantKind>> = {
  AGENT_ID_DOCUMENT: "AGENT",
  AUTHORISATION_LETTER: "AGENT",
  GUARDIAN_ID_DOCUMENT: "GUARDIAN",
};

export function missingItemFits(item: MissingItem, applicantKind: ApplicantKind): boolean {
  const only = itemsOnlyFor[item.code];
  return only === undefined || only === applicantKind;
}
