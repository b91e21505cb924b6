import { z } from "zod";
import { assertIsoDate } from "../calendar/iso-date";
import { isCommonPassword } from "./common-passwords";
import { passwordPolicy } from "./password-policy";

export const passwordRejections = [
  "TOO_SHORT",
  "TOO_LONG",
  "TOO_FEW_KINDS",
  "COMMON",
  "CONTAINS_ID",
  "CONTAINS_BIRTH_DATE",
] as const;
export const passwordRejectionSchema = z.enum(passwordRejections);
export type PasswordRejection = (typeof passwordRejections)[number];

/** What is known of the person whose password it is; a missing part is not checked. */
export interface PasswordOwner {
  residentId?: string | null;
  /** 'YYYY-MM-DD'. */
  birthDate?: string | null;
  username?: string | null;
}

// "Anything else" counts spaces, accented letters and Chinese characters as symbols: each widens
// the alphabet an attacker must try.
const KINDS = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/] as const;
// A username this short is found inside too many unrelated passwords to refuse them.
const MIN_USERNAME_LENGTH = 4;
// Written between the parts of a date they hide nothing: 1968-03-12, 03/12/1968, 1968.03.12.
const DATE_SEPARATORS = /[-/._ ]/g;

/**
 * Every rule of `passwordPolicy` that `password` breaks, in the order of `passwordRejections`;
 * empty when it may be set. Without `about`, only the rules that need nothing else are checked.
 */
export function checkNewPassword(password: string, about: PasswordOwner = {}): PasswordRejection[] {
  const rejections: PasswordRejection[] = [];
  // Counted in UTF-16 units, as passwordInputSchema counts at login, and first, so that a
  // megabyte of input is never spread into code points.
  const tooLong = password.length > passwordPolicy.maxLength;
  // A person counts characters, not UTF-16 units: "密码" is two.
  if (!tooLong && [...password].length < passwordPolicy.minLength) rejections.push("TOO_SHORT");
  if (tooLong) rejections.push("TOO_LONG");
  if (KINDS.filter((kind) => kind.test(password)).length < passwordPolicy.minKinds) {
    rejections.push("TOO_FEW_KINDS");
  }
  if (isCommonPassword(password)) rejections.push("COMMON");
  if (containsIdentity(password.toLowerCase(), about)) rejections.push("CONTAINS_ID");
  if (about.birthDate && containsBirthDate(password, about.birthDate)) {
    rejections.push("CONTAINS_BIRTH_DATE");
  }
  return rejections;
}

function containsIdentity(lowerPassword: string, about: PasswordOwner): boolean {
  const residentId = about.residentId?.trim().toLowerCase() ?? "";
  // The last six characters are inside the last eight and the whole number, a lowered check X
  // included, so this one test refuses all four.
  if (residentId !== "" && lowerPassword.includes(residentId.slice(-6))) return true;
  const username = about.username?.trim().toLowerCase() ?? "";
  return username.length >= MIN_USERNAME_LENGTH && lowerPassword.includes(username);
}

function containsBirthDate(password: string, birthDate: string): boolean {
  const { year, month, day } = assertIsoDate(birthDate, "birthDate");
  const yyyy = String(year).padStart(4, "0");
  const mmdd = String(month).padStart(2, "0") + String(day).padStart(2, "0");
  const joined = password.replace(DATE_SEPARATORS, "");
  return [`${yyyy}${mmdd}`, `${yyyy.slice(-2)}${mmdd}`, `${mmdd}${yyyy}`].some((form) =>
    joined.includes(form),
  );
}
