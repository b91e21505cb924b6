import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { residentIdCheckCharacter } from "../identifiers/resident-id-check-character";
import { checkNewPassword, passwordRejections } from "./check-new-password";
import { isCommonPassword } from "./common-passwords";

// README's demo citizen, born 1968-03-12.
const citizen = { residentId: "530125196803120027", birthDate: "1968-03-12" };

describe("checkNewPassword()", () => {
  it("accepts the demo password for the demo citizen and a demo staff member", () => {
    expect(checkNewPassword("Yibao@2026", citizen)).toEqual([]);
    expect(checkNewPassword("Yibao@2026", { username: "chengguan01" })).toEqual([]);
  });

  it("refuses fewer than 8 characters, counting characters rather than UTF-16 units", () => {
    expect(checkNewPassword("Qz4!kp7")).toEqual(["TOO_SHORT"]);
    expect(checkNewPassword("Qz4!kp7w")).toEqual([]);
    // Seven characters, ten UTF-16 units.
    expect(checkNewPassword("Qz4!😀😀😀")).toEqual(["TOO_SHORT"]);
    expect(checkNewPassword("Qz4!医保卡号")).toEqual([]);
  });

  it("refuses more than 128 UTF-16 units, the most a person can type at login", () => {
    expect(checkNewPassword(`Qz4!${"kp7w".repeat(31)}`)).toEqual([]);
    expect(checkNewPassword(`Qz4!${"kp7w".repeat(31)}x`)).toEqual(["TOO_LONG"]);
    expect(checkNewPassword(`Qz4!${"😀".repeat(63)}`)).toEqual(["TOO_LONG"]);
  });

  it("wants three of upper-case, lower-case, digit and anything else", () => {
    expect(checkNewPassword("qpzmwoxnrb")).toEqual(["TOO_FEW_KINDS"]);
    expect(checkNewPassword("qpzm4827")).toEqual(["TOO_FEW_KINDS"]);
    expect(checkNewPassword("QPZM#$%&")).toEqual(["TOO_FEW_KINDS"]);
    expect(checkNewPassword("Qpzm4827")).toEqual([]);
    expect(checkNewPassword("qpzm 4827")).toEqual([]);
    expect(checkNewPassword("qpzm医保4827")).toEqual([]);
  });

  it("refuses a common password however it is capitalised or decorated", () => {
    expect(checkNewPassword("P@ssw0rd")).toEqual(["COMMON"]);
    expect(checkNewPassword("Password123!")).toEqual(["COMMON"]);
    expect(checkNewPassword("iloveyou")).toEqual(["TOO_FEW_KINDS", "COMMON"]);
  });

  it("refuses the resident ID, its last 8 or 6 characters, and the ID with a lower-case x", () => {
    const about = { residentId: "11010519491231002X" };
    expect(checkNewPassword("Qz!11010519491231002X", about)).toEqual(["CONTAINS_ID"]);
    expect(checkNewPassword("Qz!11010519491231002x", about)).toEqual(["CONTAINS_ID"]);
    expect(checkNewPassword("Qz!1231002x", about)).toEqual(["CONTAINS_ID"]);
    expect(checkNewPassword("Qz!31002X", about)).toEqual(["CONTAINS_ID"]);
    expect(checkNewPassword("Qz!1002Xkp", about)).toEqual([]);
  });

  it("refuses a password containing the username, in any case, from 4 characters on", () => {
    expect(checkNewPassword("CENTRE01#Qz", { username: "centre01" })).toEqual(["CONTAINS_ID"]);
    expect(checkNewPassword("Qz#Wang7kp", { username: "wang" })).toEqual(["CONTAINS_ID"]);
    expect(checkNewPassword("Qz#Liu7kpw", { username: "liu" })).toEqual([]);
  });

  it("refuses the birth date written YYYYMMDD, YYMMDD or MMDDYYYY, with or without separators", () => {
    for (const password of [
      "Qz!19680312",
      "Qz!680312kp",
      "Qz!03121968",
      "Qz!0312-1968",
      "Qz!1968-03-12",
      "Qz!1968/03/12",
    ]) {
      expect(checkNewPassword(password, { birthDate: "1968-03-12" }), password).toEqual([
        "CONTAINS_BIRTH_DATE",
      ]);
    }
    expect(checkNewPassword("Qz!19680312")).toEqual([]);
    expect(checkNewPassword("Qz!1968kp12", { birthDate: "1968-03-12" })).toEqual([]);
  });

  it("lists every rule broken, in the order of passwordRejections", () => {
    // Born 2011-11-11, so "111111" is the ID's last six characters and the birth date as YYMMDD.
    const about = { residentId: "110105201111111111", birthDate: "2011-11-11" };
    expect(checkNewPassword("111111", about)).toEqual(
      passwordRejections.filter((rejection) => rejection !== "TOO_LONG"),
    );
  });

  it("throws on a birth date that is not a real YYYY-MM-DD date", () => {
    expect(() => checkNewPassword("Yibao@2026", { birthDate: "1968-02-30" })).toThrow(RangeError);
  });
});

describe("checkNewPassword() on random passwords", () => {
  const upper = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  const lower = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz");
  const digit = fc.constantFrom(..."0123456789");
  const other = fc.constantFrom(..." !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~医保卡");
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];
  /** 8–40 random characters of at least three kinds that do not spell a common password. */
  const strongPassword = fc
    .array(fc.oneof(upper, lower, digit, other), { minLength: 8, maxLength: 40 })
    .map((characters) => characters.join(""))
    .filter((password) => kinds.filter((kind) => kind.test(password)).length >= 3)
    .filter((password) => !isCommonPassword(password));
  const residentId = fc
    .array(digit, { minLength: 17, maxLength: 17 })
    .map((digits) => digits.join(""))
    .map((first17) => first17 + residentIdCheckCharacter(first17));

  it("accepts a password of 8+ characters and three kinds unless it contains the ID", () => {
    fc.assert(
      fc.property(strongPassword, residentId, (password, id) => {
        const containsId = password.toLowerCase().includes(id.slice(-6).toLowerCase());
        expect(checkNewPassword(password, { residentId: id })).toEqual(
          containsId ? ["CONTAINS_ID"] : [],
        );
      }),
    );
  });

  it("refuses a password with the ID, its last 8 or 6, or the ID lowered, anywhere in it", () => {
    const fragment = fc.constantFrom(
      (id: string) => id,
      (id: string) => id.toLowerCase(),
      (id: string) => id.slice(-8),
      (id: string) => id.slice(-6),
    );
    fc.assert(
      fc.property(strongPassword, residentId, fragment, fc.nat(), (password, id, of, at) => {
        const cut = at % (password.length + 1);
        const withId = password.slice(0, cut) + of(id) + password.slice(cut);
        expect(checkNewPassword(withId, { residentId: id })).toContain("CONTAINS_ID");
      }),
    );
  });

  it("refuses any password shorter than 8 characters with TOO_SHORT", () => {
    // ASCII, Chinese and emoji, the last two of one and two UTF-16 units. (fast-check's "binary"
    // unit would do too, but builds its tables for a second first.)
    const character = fc
      .oneof(
        fc.integer({ min: 0x20, max: 0x7e }),
        fc.integer({ min: 0x4e00, max: 0x9fff }),
        fc.integer({ min: 0x1f600, max: 0x1f64f }),
      )
      .map((codePoint) => String.fromCodePoint(codePoint));
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 7 }), (password) => {
        expect(checkNewPassword(password, citizen)[0]).toBe("TOO_SHORT");
      }),
    );
  });
});
