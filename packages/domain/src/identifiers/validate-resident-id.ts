import { z } from "zod";
import { assertIsoDate, parseIsoDate } from "../calendar/iso-date";
import { chinaToday } from "../time/china-today";
import { residentIdCheckCharacter } from "./resident-id-check-character";

export const residentIdRejections = [
  "EMPTY",
  "FIFTEEN_DIGIT_NOT_ACCEPTED",
  "WRONG_LENGTH",
  "INVALID_CHARACTERS",
  "INVALID_BIRTH_DATE",
  "BIRTH_DATE_IN_FUTURE",
  "CHECK_CHARACTER_MISMATCH",
] as const;
export const residentIdRejectionSchema = z.enum(residentIdRejections);
export type ResidentIdRejection = (typeof residentIdRejections)[number];

export type Sex = "M" | "F";

export type ResidentIdResult =
  | { ok: true; id: string; birthDate: string; sex: Sex }
  | { ok: false; reason: ResidentIdRejection };

/**
 * Checks a resident ID number (GB 11643-1999; DOMAIN.md, "Identifiers"): 6-digit region code (not
 * looked up: code lists change, and residence-permit holders' 81/82/83 codes are valid), 8-digit
 * birth date, 3-digit sequence whose parity gives the sex, ISO 7064 MOD 11-2 check character.
 * `today` is China's date ('YYYY-MM-DD'); the birth date may not be after it.
 */
export function validateResidentId(input: string, today: string = chinaToday()): ResidentIdResult {
  assertIsoDate(today, "today");
  // String.prototype.trim removes every Unicode space separator, the ideographic space U+3000 included.
  const trimmed = input.trim();
  if (trimmed === "") return { ok: false, reason: "EMPTY" };
  // First-generation 15-digit numbers were replaced by 18-digit ones; DOMAIN.md rejects them.
  if (/^\d{15}$/.test(trimmed)) return { ok: false, reason: "FIFTEEN_DIGIT_NOT_ACCEPTED" };
  if (trimmed.length !== 18) return { ok: false, reason: "WRONG_LENGTH" };
  if (!/^\d{17}[\dXx]$/.test(trimmed)) return { ok: false, reason: "INVALID_CHARACTERS" };

  const id = trimmed.toUpperCase();
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!parseIsoDate(birthDate)) return { ok: false, reason: "INVALID_BIRTH_DATE" };
  // Fixed-width 'YYYY-MM-DD' strings order like the dates they name.
  if (birthDate > today) return { ok: false, reason: "BIRTH_DATE_IN_FUTURE" };
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id.charAt(17)) {
    return { ok: false, reason: "CHECK_CHARACTER_MISMATCH" };
  }
  const sex: Sex = Number(id.charAt(16)) % 2 === 1 ? "M" : "F";
  return { ok: true, id, birthDate, sex };
}
