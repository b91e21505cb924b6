import { z } from "zod";
import { residentIdSchema } from "../schemas/resident-id-schema";

/**
 * The ID documents a counter accepts (DOMAIN.md, "Getting a card": "resident ID card, household
 * register booklet, …"). A household register booklet lists each member's resident ID number, so
 * both carry one.
 */
export const idTypes = [
  "RESIDENT_ID_CARD",
  "HOUSEHOLD_REGISTER",
  "PASSPORT",
  "HK_MACAO_PERMIT",
  "TAIWAN_PERMIT",
  "FOREIGNER_PERMANENT_RESIDENCE",
] as const;
export const idTypeSchema = z.enum(idTypes);
export type IdType = (typeof idTypes)[number];

const typesWithResidentIdNumber: readonly IdType[] = ["RESIDENT_ID_CARD", "HOUSEHOLD_REGISTER"];

/**
 * A document number other than a resident ID number: letters and digits only. Formats differ by
 * document and issue year (a permanent-residence card has had 15 and 18 characters), so only the
 * character set and length are checked.
 */
const OTHER_ID_NUMBER = /^[0-9A-Z]{5,20}$/;

/** The fields `idType` and `idNumber`, to spread into an object schema refined with `checkIdNumber`. */
export const idDocumentFields = {
  idType: idTypeSchema,
  idNumber: z.string().max(64).trim().toUpperCase(),
};

/**
 * Refinement of an object holding `idDocumentFields`: a resident ID number is checked with
 * `validateResidentId` (GB 11643-1999); the issue message is the reason code, never the number.
 */
export function checkIdNumber(
  value: { idType: IdType; idNumber: string },
  ctx: z.RefinementCtx,
): void {
  if (typesWithResidentIdNumber.includes(value.idType)) {
    const result = residentIdSchema.safeParse(value.idNumber);
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({ code: "custom", message: issue.message, path: ["idNumber"] });
    }
  } else if (!OTHER_ID_NUMBER.test(value.idNumber)) {
    ctx.addIssue({ code: "custom", message: "ID_NUMBER_FORMAT", path: ["idNumber"] });
  }
}

export const idDocumentSchema = z.object(idDocumentFields).superRefine(checkIdNumber);
export type IdDocument = z.infer<typeof idDocumentSchema>;
