import { describe, expect, it } from "vitest";
import { commonPasswords, isCommonPassword } from "./common-passwords";

describe("commonPasswords", () => {
  it("holds at least 10,000 passwords, all lower-case", () => {
    expect(commonPasswords.size).toBeGreaterThanOrEqual(10_000);
    expect([...commonPasswords].every((password) => password === password.toLowerCase())).toBe(
      true,
    );
  });
});

describe("isCommonPassword()", () => {
  it("finds a common password in any letter case", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("PassWord")).toBe(true);
    expect(isCommonPassword("P@ssw0rd")).toBe(true);
    expect(isCommonPassword("Qwerty123")).toBe(true);
  });

  it("sees through digits and symbols added at the end", () => {
    expect(isCommonPassword("Password123!")).toBe(true);
    expect(isCommonPassword("Monkey2026!!")).toBe(true);
    expect(isCommonPassword("Woaini1314")).toBe(true);
  });

  it("does not find a word that only contains a common one", () => {
    expect(isCommonPassword("Yibao@2026")).toBe(false);
    expect(isCommonPassword("2026Passwords")).toBe(false);
    expect(isCommonPassword("qpzm4827")).toBe(false);
  });
});
