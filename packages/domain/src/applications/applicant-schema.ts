import { z } from "zod";
import { checkIdNumber, idDocumentFields } from "./id-document-schema";

/**
 * Who files the application (DOMAIN.md, "People and places"): the insured themself, an entrusted
 * agent (受托人), who must present valid certificates of both himself and the insured, or the
 * guardian of a person under 16.
 */
export const applicantKinds = ["SELF", "AGENT", "GUARDIAN"] as const;
export const applicantKindSchema = z.enum(applicantKinds);
export type ApplicantKind = (typeof applicantKinds)[number];

/** The agent's or guardian's relationship to the insured (与参保人关系). */
export const relationships = [
  "SPOUSE",
  "PARENT",
  "CHILD",
  "GRANDPARENT",
  "SIBLING",
  "OTHER_RELATIVE",
  "OTHER",
] as const;
export const relationshipSchema = z.enum(relationships);
export type Relationship = (typeof relationships)[number];

/** A person under 16 has no spouse or child to be their guardian (Civil Code, art. 27). */
export const guardianRelationshipSchema = relationshipSchema.exclude(["SPOUSE", "CHILD"]);

export const personNameSchema = z.string().trim().min(1).max(100);

export const agentSchema = z
  .object({
    kind: z.literal("AGENT"),
    name: personNameSchema,
    ...idDocumentFields,
    relationship: relationshipSchema,
  })
  .superRefine(checkIdNumber);

export const guardianSchema = z
  .object({
    kind: z.literal("GUARDIAN"),
    name: personNameSchema,
    ...idDocumentFields,
    relationship: guardianRelationshipSchema,
  })
  .superRefine(checkIdNumber);

export const applicantSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("SELF") }),
  agentSchema,
  guardianSchema,
]);
export type Applicant = z.infer<typeof applicantSchema>;

/** A guardian applies for a person under this age (DOMAIN.md, "Pickup": "a guardian collects for a child under 16"). */
export const guardianAgeLimit = 16;

/**
 * Whether a person born on `birthDate` is under 16 on `date` (both 'YYYY-MM-DD', China dates).
 * A 29 February birthday falls on 1 March in a common year.
 */
export function isUnderGuardianAge(birthDate: string, date: string): boolean {
  const year = Number(birthDate.slice(0, 4)) + guardianAgeLimit;
  const birthday = `${String(year).padStart(4, "0")}${birthDate.slice(4)}`;
  return date < birthday;
}
