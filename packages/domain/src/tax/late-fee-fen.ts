import { epochDayOf } from "../calendar/epoch-day";
import { divideRounded } from "../money/divide-rounded";

/** 万分之五: 0.05 % of the amount owed for every day it is late (Social Insurance Law art. 86). */
export const lateFeeBasisPointsPerDay = 5;

export interface LateFeeInput {
  /** What is owed, in fen. */
  amountFen: number;
  /** The last day it could be paid on time ('YYYY-MM-DD'). */
  dueDate: string;
  /** The day the fee is shown for ('YYYY-MM-DD', China's date). */
  asOf: string;
}

/** Days late on `asOf`: the day after the due date is the first. */
export function daysLate(dueDate: string, asOf: string): number {
  return Math.max(0, epochDayOf(asOf) - epochDayOf(dueDate));
}

/**
 * The late fee (滞纳金) on an amount owed, shown to the officer and never charged here: 0.05 % a
 * day "from the day it is owed" (Social Insurance Law of the PRC art. 86, 自欠缴之日起，按日加收
 * 万分之五的滞纳金) — counted from the day after the due date to `asOf`, both days included, on
 * the amount alone (not compounded). Half a fen rounds up, as money does elsewhere (GB/T 8170).
 */
export function lateFeeFen(input: LateFeeInput): number {
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen < 0) {
    throw new RangeError("the amount owed is a non-negative integer of fen");
  }
  const days = daysLate(input.dueDate, input.asOf);
  const tenThousandths = BigInt(input.amountFen) * BigInt(lateFeeBasisPointsPerDay * days);
  return Number(divideRounded(tenThousandths, 10_000n));
}
