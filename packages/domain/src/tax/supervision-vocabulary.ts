import { z } from "zod";

/**
 * 稽核 (the tax authority's duty to supervise, inspect and deal with payment violations; DOMAIN.md,
 * "Legal basis"): why a case is opened, what is recorded in it, and how it is decided. The
 * database's CHECKs hold the same lists.
 */
export const supervisionVocabulary = {
  /** Months owed; a wage base below the county's floor; a report (举报) by someone. */
  grounds: ["ARREARS", "WAGE_BASE_BELOW_FLOOR", "REPORT"],
  entryKinds: ["INSPECTION", "FINDING", "DECISION"],
  /** 责令限期缴纳 (Social Insurance Law art. 86), a fine, nothing found. */
  decisions: ["ORDER_TO_PAY", "FINE", "NO_VIOLATION"],
} as const;

export const supervisionGroundSchema = z.enum(supervisionVocabulary.grounds);
export type SupervisionGround = z.infer<typeof supervisionGroundSchema>;
export const supervisionEntryKindSchema = z.enum(supervisionVocabulary.entryKinds);
export type SupervisionEntryKind = z.infer<typeof supervisionEntryKindSchema>;
export const supervisionDecisionSchema = z.enum(supervisionVocabulary.decisions);
export type SupervisionDecision = z.infer<typeof supervisionDecisionSchema>;
/** An officer's note as written: a sentence or two, never the insured's personal data. */
export const supervisionNoteSchema = z.string().trim().min(1).max(1_000);
