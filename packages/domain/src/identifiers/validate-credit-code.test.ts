import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CREDIT_CODE_CHARACTERS, creditCodeCheckCharacter } from "./credit-code-check-character";
import { validateCreditCode } from "./validate-credit-code";

const characters = (length: number) =>
  fc
    .array(fc.constantFrom(...CREDIT_CODE_CHARACTERS), { minLength: length, maxLength: length })
    .map((c) => c.join(""));
const digits = (length: number) =>
  fc
    .array(fc.constantFrom(..."0123456789"), { minLength: length, maxLength: length })
    .map((d) => d.join(""));

const validCode = fc.tuple(characters(2), digits(6), characters(9)).map(([head, region, tail]) => {
  const first17 = head + region + tail;
  return first17 + creditCodeCheckCharacter(first17);
});

describe("validateCreditCode()", () => {
  it("accepts real employers' codes", () => {
    for (const code of [
      "91330100799655058B", // Alibaba (China) Co., Ltd.
      "9144030071526726XG", // Shenzhen Tencent Computer Systems Co., Ltd.
      "914403001922038216", // Huawei Technologies Co., Ltd.
      "91350100M000100Y43",
      "91110108MA01G0FB09",
    ]) {
      expect(validateCreditCode(code)).toEqual({ ok: true, code });
    }
  });

  it("accepts lower-case input with surrounding spaces and stores it upper-case", () => {
    expect(validateCreditCode(" \u30009144030071526726xg\t")).toEqual({
      ok: true,
      code: "9144030071526726XG",
    });
  });

  it("tells each kind of rejection apart", () => {
    const cases: [string, string][] = [
      ["  ", "EMPTY"],
      ["9133010079965505", "WRONG_LENGTH"],
      ["91330100799655058BB", "WRONG_LENGTH"],
      ["91330100799655O58B", "INVALID_CHARACTERS"],
      ["91330100799655058I", "INVALID_CHARACTERS"],
      ["9133010079965505-B", "INVALID_CHARACTERS"],
      ["91A30100799655058B", "INVALID_REGION_CODE"],
      ["91330100799655058A", "CHECK_CHARACTER_MISMATCH"],
    ];
    for (const [input, reason] of cases) {
      expect(validateCreditCode(input), input).toEqual({ ok: false, reason });
    }
  });

  it("accepts any code built with its computed check character", () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(validateCreditCode(code)).toEqual({ ok: true, code });
        expect(validateCreditCode(code.toLowerCase())).toEqual({ ok: true, code });
      }),
    );
  });

  it("rejects a valid code with any single character changed", () => {
    fc.assert(
      fc.property(
        validCode,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...CREDIT_CODE_CHARACTERS),
        (code, position, replacement) => {
          fc.pre(code.charAt(position) !== replacement);
          const changed = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(validateCreditCode(changed).ok).toBe(false);
        },
      ),
    );
  });
});
