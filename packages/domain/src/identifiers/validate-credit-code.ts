import { z } from "zod";
import { CREDIT_CODE_CHARACTERS, creditCodeCheckCharacter } from "./credit-code-check-character";

export const creditCodeRejections = [
  "EMPTY",
  "WRONG_LENGTH",
  "INVALID_CHARACTERS",
  "INVALID_REGION_CODE",
  "CHECK_CHARACTER_MISMATCH",
] as const;
export const creditCodeRejectionSchema = z.enum(creditCodeRejections);
export type CreditCodeRejection = (typeof creditCodeRejections)[number];

export type CreditCodeResult =
  | { ok: true; code: string }
  | { ok: false; reason: CreditCodeRejection };

/**
 * Checks a unified social credit code (GB 32100-2015; DOMAIN.md, "Identifiers"). Genuine early
 * pilot codes that fail the check are registered by county-centre staff with a recorded reason,
 * never by relaxing this function.
 */
export function validateCreditCode(input: string): CreditCodeResult {
  const trimmed = input.trim();
  if (trimmed === "") return { ok: false, reason: "EMPTY" };
  if (trimmed.length !== 18) return { ok: false, reason: "WRONG_LENGTH" };
  // Only ASCII letters are upper-cased, so no exotic letter can turn into an accepted one.
  const code = trimmed.replace(/[a-z]/g, (letter) => letter.toUpperCase());
  for (const character of code) {
    if (!CREDIT_CODE_CHARACTERS.includes(character)) {
      return { ok: false, reason: "INVALID_CHARACTERS" };
    }
  }
  // Characters 3–8: the registering authority's administrative region code, all digits.
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, reason: "INVALID_REGION_CODE" };
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code.charAt(17)) {
    return { ok: false, reason: "CHECK_CHARACTER_MISMATCH" };
  }
  return { ok: true, code };
}
