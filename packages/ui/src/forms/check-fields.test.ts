import { describe, expect, it } from "vitest";
import { checkFields, type FieldSchema } from "./check-fields";

const required: FieldSchema = {
  safeParse: (value) =>
    value === ""
      ? { error: { issues: [{ code: "too_small", message: "Too small", path: [] }] } }
      : {},
};
const digits: FieldSchema = {
  safeParse: (value) =>
    /^\d+$/.test(value)
      ? {}
      : { error: { issues: [{ code: "custom", message: "NOT_DIGITS", path: [] }] } },
};

describe("checkFields()", () => {
  it("files each field's issues under its name, in the fields' order", () => {
    expect(
      checkFields({ code: digits, password: required }, { code: "12a", password: "" }),
    ).toEqual([
      { path: ["code"], code: "NOT_DIGITS" },
      { path: ["password"], code: "too_small" },
    ]);
  });

  it("finds nothing in a valid form", () => {
    expect(
      checkFields({ code: digits, password: required }, { code: "12", password: "x" }),
    ).toEqual([]);
  });
});
