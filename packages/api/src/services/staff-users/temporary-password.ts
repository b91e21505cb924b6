import { randomInt } from "node:crypto";
import { checkNewPassword } from "@yibao/domain";

const upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const lower = "abcdefghijkmnpqrstuvwxyz";
const digits = "23456789";
const symbols = "#%+=@";

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)] ?? "";
}

/**
 * A one-time password an administrator hands over (12 characters, all four kinds, no look-alike
 * characters); it must be changed at first sign-in.
 */
export function temporaryPassword(): string {
  for (;;) {
    const all = upper + lower + digits + symbols;
    const chars = [pick(upper), pick(lower), pick(digits), pick(symbols)];
    while (chars.length < 12) chars.push(pick(all));
    for (let i = chars.length - 1; i > 0; i -= 1) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j] ?? "", chars[i] ?? ""];
    }
    const password = chars.join("");
    if (checkNewPassword(password).length === 0) return password;
  }
}
