import { describe, expect, it } from "vitest";
import { type BatchRowCells, checkBatchRow } from "./check-batch-row";

const today = "2026-11-25";
const servicePoints = [
  { id: "sp-centre", code: "CENTRE", name: "云溪县医保中心" },
  { id: "sp-chengguan", code: "SP-CHENGGUAN", name: "城关街道医保服务点" },
];
const rules = { today, servicePoints };

function row(
  overrides: Partial<Omit<BatchRowCells, "residentId">> & {
    id?: string;
    idAsNumber?: boolean;
  } = {},
) {
  return {
    name: overrides.name ?? "杨梅",
    residentId: {
      text: overrides.id ?? "530125199001010030",
      storedAsNumber: overrides.idAsNumber ?? false,
    },
    phone: overrides.phone ?? "13700001111",
    servicePoint: overrides.servicePoint ?? "",
  };
}

describe("checkBatchRow()", () => {
  it("accepts a complete row and gives the person, the phone and the service point it names", () => {
    expect(
      checkBatchRow(row({ id: "11010519491231002x", servicePoint: "城关街道" }), rules),
    ).toEqual({
      errors: [],
      warnings: [],
      person: { residentId: "11010519491231002X", birthDate: "1949-12-31", sex: "F" },
      phone: "13700001111",
      servicePointId: "sp-chengguan",
    });
  });

  it("reports every problem of a row at once, column by column", () => {
    const checked = checkBatchRow(row({ name: " ", id: "", phone: "" }), rules);
    expect(checked.errors).toEqual([
      { column: "NAME", reason: "REQUIRED" },
      { column: "RESIDENT_ID", reason: "REQUIRED" },
      { column: "PHONE", reason: "REQUIRED" },
    ]);
    expect(checked.person).toBeNull();
  });

  it.each([
    ["a wrong check character", "530125199001010031", "CHECK_CHARACTER_MISMATCH"],
    ["a birth date that does not exist", "530125199002300030", "INVALID_BIRTH_DATE"],
    ["a birth date after today", "530125202612010012", "BIRTH_DATE_IN_FUTURE"],
    ["a 15-digit number", "530125900101003", "FIFTEEN_DIGIT_NOT_ACCEPTED"],
    ["letters", "53012519900101003A", "INVALID_CHARACTERS"],
    ["a short number", "5301251990010100", "WRONG_LENGTH"],
  ])("refuses an ID number with %s", (_, id, reason) => {
    expect(checkBatchRow(row({ id }), rules).errors).toEqual([{ column: "RESIDENT_ID", reason }]);
  });

  it("refuses an ID the sheet stored as a number, even when its digits happen to check", () => {
    const checked = checkBatchRow(row({ id: "530125199001010030", idAsNumber: true }), rules);
    expect(checked.errors).toEqual([{ column: "RESIDENT_ID", reason: "STORED_AS_NUMBER" }]);
    expect(checked.person).toBeNull();
  });

  it("refuses a landline or a short mobile number, and a name longer than any person's", () => {
    expect(checkBatchRow(row({ phone: "0871-6512345" }), rules).errors).toEqual([
      { column: "PHONE", reason: "PHONE_FORMAT" },
    ]);
    expect(checkBatchRow(row({ name: "名".repeat(101) }), rules).errors).toEqual([
      { column: "NAME", reason: "TOO_LONG" },
    ]);
  });

  it("only warns about a service point the county has none of", () => {
    const checked = checkBatchRow(row({ servicePoint: "昆明市医保中心" }), rules);
    expect(checked.errors).toEqual([]);
    expect(checked.warnings).toEqual([
      { column: "SERVICE_POINT", reason: "UNKNOWN_SERVICE_POINT" },
    ]);
    expect(checked.servicePointId).toBeNull();
  });
});
