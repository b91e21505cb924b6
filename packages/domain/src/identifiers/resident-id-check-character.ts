// GB 11643-1999 §5 / ISO 7064 MOD 11-2: weight of position i (1-based, from the left) is 2^(18-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
// Index = weighted sum mod 11; the check value (12 - sum) mod 11, with 10 written as "X".
const CHECK_CHARACTERS = "10X98765432";

/** The 18th character of a resident ID number whose first 17 digits are `first17`. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError("residentIdCheckCharacter() needs exactly 17 digits");
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}
