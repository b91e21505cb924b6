// zxcvbn-ts's "passwords-common" dictionary (MIT): 49,233 lower-case ASCII passwords, most frequent
// first, drawn from leaked password sets. A JSON import, so Vite bundles it for the forms and Node
// (tsx, vitest) loads it on the server, without the package's runtime decompressor.
import passwords from "@zxcvbn-ts/language-common/src/passwords.json";

/** The common passwords, lower-case. Pure, so a bundle that never checks a password drops it. */
export const commonPasswords: ReadonlySet<string> = /* @__PURE__ */ new Set(passwords);

// The "decoration" that people hang on a word to satisfy a rule: digits and symbols at the end.
const TRAILING_DECORATION = /[^a-z]+$/;

/**
 * Whether `password` is a common one, in any letter case, or one with trailing digits and symbols
 * added (`Password123!` is `password`).
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return commonPasswords.has(lower) || commonPasswords.has(lower.replace(TRAILING_DECORATION, ""));
}
