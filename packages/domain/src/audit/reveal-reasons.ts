import { z } from "zod";

/**
 * Why a staff member asks to see a person's full resident ID number (PIPL art. 6: no more than
 * the purpose needs). Each reveal is audited with one of these.
 */
export const revealReasons = [
  // The number must be typed into another government system (the national platform, tax).
  "ENTER_IN_NATIONAL_SYSTEM",
  // Comparing with the ID document the person holds at the counter.
  "COMPARE_WITH_DOCUMENT",
  // Printing a notice or a card record that carries the full number.
  "PRINT_NOTICE",
] as const;
export const revealReasonSchema = z.enum(revealReasons);
export type RevealReason = (typeof revealReasons)[number];
