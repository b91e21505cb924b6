// GB 32100-2015 §4–5: the code's character set (no I, O, Z, S, V) and the MOD 31 check weights.
export const CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The 18th character of a unified social credit code whose first 17 characters are `first17`. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError("creditCodeCheckCharacter() needs exactly 17 characters");
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(first17.charAt(i));
    if (value < 0) {
      throw new RangeError("creditCodeCheckCharacter() accepts only GB 32100-2015 characters");
    }
    sum += value * (WEIGHTS[i] ?? 0);
  }
  // Check value = 31 - (sum mod 31), where 31 is written as 0 (GB 32100-2015 §5).
  return CREDIT_CODE_CHARACTERS.charAt((31 - (sum % 31)) % 31);
}
