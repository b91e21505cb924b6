import { describe, expect, it } from "vitest";
import { type CollectionCell, checkCollectionRow } from "./check-collection-row";
import type { CollectionColumn } from "./collection-columns";

const context = { today: "2026-11-25", exceptedCreditCodes: new Set<string>() };
const text = (value: string): CollectionCell => ({ text: value, storedAsNumber: false });

function row(values: Partial<Record<CollectionColumn, string | CollectionCell>>) {
  const base: Record<CollectionColumn, string> = {
    creditCode: "91530125MA6K8Y2Q3B",
    residentId: "530125196803120027",
    month: "2026-10",
    wageBase: "8600",
    personal: "172.00",
    employer: "688",
    receiptNumber: "332026110000000001",
  };
  return Object.fromEntries(
    Object.entries({ ...base, ...values }).map(([key, value]) => [
      key,
      typeof value === "string" ? text(value) : value,
    ]),
  ) as Record<CollectionColumn, CollectionCell>;
}

describe("checkCollectionRow()", () => {
  it("reads an employer's row: codes normalised, yuan as fen", () => {
    expect(
      checkCollectionRow(
        row({ creditCode: " 91530125ma6k8y2q3b ", residentId: "530125196803120027" }),
        context,
      ),
    ).toEqual({
      ok: true,
      row: {
        creditCode: "91530125MA6K8Y2Q3B",
        residentId: "530125196803120027",
        month: "2026-10",
        wageBaseFen: 860_000,
        personalFen: 17_200,
        employerFen: 68_800,
        receiptNumber: "332026110000000001",
      },
    });
  });

  it("reads an individual's row: blank credit code and employer part", () => {
    const checked = checkCollectionRow(
      row({ creditCode: "", employer: "", personal: "450" }),
      context,
    );
    expect(checked).toMatchObject({ ok: true, row: { creditCode: null, employerFen: 0 } });
  });

  it("names every problem of a row at once, by column", () => {
    const checked = checkCollectionRow(
      row({
        creditCode: "91530125MA6K8Y2Q3C",
        residentId: "53012519680312002",
        month: "2026/10",
        personal: "172.005",
        employer: "-688",
        receiptNumber: "",
      }),
      context,
    );
    expect(checked).toEqual({
      ok: false,
      errors: [
        { column: "creditCode", reason: "CHECK_CHARACTER_MISMATCH" },
        { column: "residentId", reason: "WRONG_LENGTH" },
        { column: "month", reason: "MONTH_FORMAT" },
        { column: "personal", reason: "TOO_MANY_DECIMALS" },
        { column: "employer", reason: "NEGATIVE" },
        { column: "receiptNumber", reason: "EMPTY" },
      ],
    });
  });

  it("refuses parts above the wage base and a row that paid nothing", () => {
    expect(checkCollectionRow(row({ wageBase: "100", personal: "172" }), context)).toMatchObject({
      errors: [
        { column: "personal", reason: "EXCEEDS_WAGE_BASE" },
        { column: "employer", reason: "EXCEEDS_WAGE_BASE" },
      ],
    });
    expect(checkCollectionRow(row({ personal: "0", employer: "0" }), context)).toMatchObject({
      errors: [{ column: "personal", reason: "NOTHING_PAID" }],
    });
  });

  it("refuses an ID number or a long receipt number that the sheet kept as a number", () => {
    const checked = checkCollectionRow(
      row({
        residentId: { text: "530125196803120000", storedAsNumber: true },
        receiptNumber: { text: "332026110000000000", storedAsNumber: true },
      }),
      context,
    );
    expect(checked).toMatchObject({
      errors: [
        { column: "residentId", reason: "STORED_AS_NUMBER" },
        { column: "receiptNumber", reason: "STORED_AS_NUMBER" },
      ],
    });
  });

  it("reads a month that Excel turned into its first day", () => {
    expect(
      checkCollectionRow(row({ month: { text: "2026-10-01", storedAsNumber: true } }), context),
    ).toMatchObject({ ok: true, row: { month: "2026-10" } });
  });

  it("reads a pilot code that fails the check only when it was registered by exception", () => {
    const pilot = "91530125MA6K8Y2Q3C";
    expect(checkCollectionRow(row({ creditCode: pilot }), context).ok).toBe(false);
    expect(
      checkCollectionRow(row({ creditCode: pilot }), {
        ...context,
        exceptedCreditCodes: new Set([pilot]),
      }),
    ).toMatchObject({ ok: true, row: { creditCode: pilot } });
  });
});
