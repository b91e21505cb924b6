import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochDayOf, isoDateOfEpochDay } from "../calendar/epoch-day";
import { isLeapYear } from "../calendar/iso-date";
import { residentIdCheckCharacter } from "./resident-id-check-character";
import { validateResidentId } from "./validate-resident-id";

const TODAY = "2026-11-25";

function withCheck(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(""));

/** A well-formed ID born between 1800 and TODAY, with its parts. */
const validId = fc
  .record({
    region: digits(6),
    birthDay: fc.integer({ min: epochDayOf("1800-01-01"), max: epochDayOf(TODAY) }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, birthDay, sequence }) => {
    const birthDate = isoDateOfEpochDay(birthDay);
    const id = withCheck(
      `${region}${birthDate.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`,
    );
    return { id, birthDate, sex: sequence % 2 === 1 ? "M" : "F" };
  });

describe("validateResidentId()", () => {
  it("accepts the GB 11643-1999 example and reads a woman born 1949-12-31", () => {
    expect(validateResidentId("11010519491231002X", TODAY)).toEqual({
      ok: true,
      id: "11010519491231002X",
      birthDate: "1949-12-31",
      sex: "F",
    });
  });

  it("accepts a man born in 1880: the birth date has no lower bound", () => {
    expect(validateResidentId("110105188001010017", TODAY)).toEqual({
      ok: true,
      id: "110105188001010017",
      birthDate: "1880-01-01",
      sex: "M",
    });
  });

  it("accepts a lowercase x and stores it upper-case", () => {
    const result = validateResidentId("11010519491231002x", TODAY);
    expect(result).toMatchObject({ ok: true, id: "11010519491231002X" });
  });

  it("ignores spaces, tabs, new lines and the ideographic space around the number", () => {
    const result = validateResidentId(" \t\u3000 11010519491231002X\u3000\n", TODAY);
    expect(result).toMatchObject({ ok: true, id: "11010519491231002X" });
  });

  it("accepts residence-permit region codes 81, 82 and 83 without looking them up", () => {
    for (const region of ["810000", "820000", "830000", "999999"]) {
      expect(validateResidentId(withCheck(`${region}19900101001`), TODAY).ok).toBe(true);
    }
  });

  it("tells each kind of rejection apart", () => {
    const cases: [string, string][] = [
      ["", "EMPTY"],
      [" \u3000 ", "EMPTY"],
      ["110105491231002", "FIFTEEN_DIGIT_NOT_ACCEPTED"],
      ["1101051949123100", "WRONG_LENGTH"],
      ["11010519491231002X1", "WRONG_LENGTH"],
      ["1101051949123100XX", "INVALID_CHARACTERS"],
      ["11010519491231002Y", "INVALID_CHARACTERS"],
      ["110105 9491231002X", "INVALID_CHARACTERS"],
      ["１１０１０５１９４９１２３１００２Ｘ", "INVALID_CHARACTERS"],
      [withCheck("11010519491331002"), "INVALID_BIRTH_DATE"],
      [withCheck("11010520230229002"), "INVALID_BIRTH_DATE"],
      [withCheck("11010520261126002"), "BIRTH_DATE_IN_FUTURE"],
      ["110105194912310021", "CHECK_CHARACTER_MISMATCH"],
    ];
    for (const [input, reason] of cases) {
      expect(validateResidentId(input, TODAY), input).toEqual({ ok: false, reason });
    }
  });

  it("accepts a birth on today itself, judged by China's date", () => {
    expect(validateResidentId(withCheck("11010520261125001"), TODAY).ok).toBe(true);
  });

  it("refuses a malformed today", () => {
    expect(() => validateResidentId("11010519491231002X", "2026-11-31")).toThrow(RangeError);
  });

  it("accepts any 17 digits with a real past birth date and their computed check character", () => {
    fc.assert(
      fc.property(validId, ({ id, birthDate, sex }) => {
        expect(validateResidentId(id, TODAY)).toEqual({ ok: true, id, birthDate, sex });
      }),
    );
  });

  it("rejects a valid number with any single character changed", () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(..."0123456789X"),
        ({ id }, position, replacement) => {
          fc.pre(id.charAt(position) !== replacement);
          const changed = id.slice(0, position) + replacement + id.slice(position + 1);
          expect(validateResidentId(changed, TODAY).ok).toBe(false);
        },
      ),
    );
  });

  it("treats lower and upper-case x alike", () => {
    fc.assert(
      fc.property(validId, ({ id }) => {
        expect(validateResidentId(id.toLowerCase(), TODAY)).toEqual(validateResidentId(id, TODAY));
      }),
    );
  });

  it("gives the same answer whatever whitespace surrounds the input", () => {
    const space = fc.constantFrom(" ", "\t", "\n", "\u3000", "\u00a0");
    fc.assert(
      fc.property(validId, fc.array(space), fc.array(space), ({ id }, before, after) => {
        expect(validateResidentId(before.join("") + id + after.join(""), TODAY)).toEqual(
          validateResidentId(id, TODAY),
        );
      }),
    );
  });

  it("rejects every birth date after today", () => {
    fc.assert(
      fc.property(
        digits(6),
        fc.integer({ min: epochDayOf(TODAY) + 1, max: epochDayOf("9999-12-31") }),
        (region, birthDay) => {
          const id = withCheck(`${region}${isoDateOfEpochDay(birthDay).replaceAll("-", "")}001`);
          expect(validateResidentId(id, TODAY)).toEqual({
            ok: false,
            reason: "BIRTH_DATE_IN_FUTURE",
          });
        },
      ),
    );
  });

  it("accepts February 29 only in leap years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2025 }), (year) => {
        const id = withCheck(`110105${String(year).padStart(4, "0")}0229001`);
        expect(validateResidentId(id, TODAY).ok).toBe(isLeapYear(year));
      }),
    );
  });
});
