import { validateCreditCode } from "../identifiers/validate-credit-code";
import { validateResidentId } from "../identifiers/validate-resident-id";
import { parseYuanToFen } from "../money/parse-yuan-to-fen";
import { isMonth } from "../months/month-schema";
import type { CollectionColumn } from "./collection-columns";
import type { CollectionRowError } from "./collection-row-outcomes";

/** A cell as `@yibao/spreadsheet` reads it: its text, and whether the sheet stored a number. */
export interface CollectionCell {
  text: string;
  storedAsNumber: boolean;
}

/** One row of a collection file as read: blank credit code for an individual payer. */
export interface CollectionRow {
  creditCode: string | null;
  residentId: string;
  month: string;
  /** Null when the cell is blank (the resident scheme has no wage base). */
  wageBaseFen: number | null;
  personalFen: number;
  /** Zero when the cell is blank. */
  employerFen: number;
  receiptNumber: string;
}

export interface CollectionRowContext {
  /** China's date today ('YYYY-MM-DD'): no one is born after it. */
  today: string;
  /**
   * Codes of employers registered by county-centre staff although they fail the check (genuine
   * early pilot codes; DOMAIN.md, "Identifiers"): such a code is read, the check is not relaxed.
   */
  exceptedCreditCodes: ReadonlySet<string>;
}

export type CollectionRowCheck =
  | { ok: true; row: CollectionRow }
  | { ok: false; errors: CollectionRowError[] };

// 税票号码: the tax system's receipt number, letters, digits and hyphens.
const RECEIPT_NUMBER = /^[0-9A-Za-z-]{6,40}$/;
// A spreadsheet keeps 15 significant digits of a number: a longer number has lost its tail.
const NUMBER_PRECISION = 15;

function monthOfCell(cell: CollectionCell): string | null {
  if (isMonth(cell.text)) return cell.text;
  // Excel turns a typed "2026-10" into the date 2026-10-01; the reader gives it back as that date.
  const date = /^(\d{4}-\d{2})-01(?: 00:00:00)?$/.exec(cell.text);
  if (cell.storedAsNumber && date?.[1] && isMonth(date[1])) return date[1];
  return null;
}

/**
 * Reads one row of the tax system's collection file on its own, every problem at once (the file's
 * header: 统一社会信用代码, 身份证号码, 费款所属期, 缴费基数, 个人缴费, 单位缴费, 税票号码; the credit code
 * blank for individuals, the month `YYYY-MM`, amounts in yuan with up to two decimals). Whether
 * the payer, the person and the receipt are known is the caller's question, asked of the database.
 */
export function checkCollectionRow(
  cells: Readonly<Record<CollectionColumn, CollectionCell>>,
  context: CollectionRowContext,
): CollectionRowCheck {
  const errors: CollectionRowError[] = [];
  const fail = (column: CollectionColumn, reason: CollectionRowError["reason"]) => {
    errors.push({ column, reason });
  };

  let creditCode: string | null = null;
  if (cells.creditCode.text !== "") {
    const checked = validateCreditCode(cells.creditCode.text);
    const upper = cells.creditCode.text.trim().toUpperCase();
    if (checked.ok) creditCode = checked.code;
    else if (
      checked.reason === "CHECK_CHARACTER_MISMATCH" &&
      context.exceptedCreditCodes.has(upper)
    )
      creditCode = upper;
    else fail("creditCode", checked.reason);
  }

  let residentId = "";
  if (cells.residentId.storedAsNumber && cells.residentId.text !== "") {
    fail("residentId", "STORED_AS_NUMBER");
  } else {
    const checked = validateResidentId(cells.residentId.text, context.today);
    if (checked.ok) residentId = checked.id;
    else fail("residentId", checked.reason);
  }

  // Whether the month may be a later one is the scheme's question (a resident pays for next
  // year in the autumn), answered by the caller.
  const month = cells.month.text === "" ? null : monthOfCell(cells.month);
  if (cells.month.text === "") fail("month", "EMPTY");
  else if (month === null) fail("month", "MONTH_FORMAT");

  const amount = (column: CollectionColumn, blank: number | null) => {
    if (cells[column].text === "") return blank;
    const parsed = parseYuanToFen(cells[column].text);
    if (parsed.ok) return parsed.fen;
    fail(column, parsed.reason);
    return undefined;
  };
  const wageBaseFen = amount("wageBase", null);
  const personalFen = amount("personal", 0);
  const employerFen = amount("employer", 0);
  if (cells.personal.text === "") fail("personal", "EMPTY");
  if (typeof wageBaseFen === "number") {
    if (typeof personalFen === "number" && personalFen > wageBaseFen) {
      fail("personal", "EXCEEDS_WAGE_BASE");
    }
    if (typeof employerFen === "number" && employerFen > wageBaseFen) {
      fail("employer", "EXCEEDS_WAGE_BASE");
    }
  }
  if (personalFen === 0 && employerFen === 0 && cells.personal.text !== "") {
    fail("personal", "NOTHING_PAID");
  }

  const receipt = cells.receiptNumber;
  if (receipt.text === "") fail("receiptNumber", "EMPTY");
  else if (receipt.storedAsNumber && receipt.text.replace(/\D/g, "").length > NUMBER_PRECISION) {
    fail("receiptNumber", "STORED_AS_NUMBER");
  } else if (!RECEIPT_NUMBER.test(receipt.text)) fail("receiptNumber", "RECEIPT_NUMBER_FORMAT");

  if (
    errors.length > 0 ||
    month === null ||
    wageBaseFen === undefined ||
    personalFen === undefined ||
    personalFen === null ||
    employerFen === undefined ||
    employerFen === null
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    row: {
      creditCode,
      residentId,
      month,
      wageBaseFen,
      personalFen,
      employerFen,
      receiptNumber: receipt.text.toUpperCase(),
    },
  };
}
