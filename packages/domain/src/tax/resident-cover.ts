import { epochDayOf, isoDateOfEpochDay } from "../calendar/epoch-day";
import { dateOfMonthDay } from "../parameters/month-day";

export interface ResidentPeriodParameters {
  /** MMDD: the payment period opens on this day of the year before the year covered. */
  RESIDENT_PAYMENT_PERIOD_START: number;
  /** MMDD: it closes on this day — of the same year, or of the year covered when before START. */
  RESIDENT_PAYMENT_PERIOD_END: number;
  /** Paid after the period, cover starts this many days after the payment. */
  RESIDENT_WAITING_PERIOD_DAYS: number;
}

export type ResidentCover =
  | {
      ok: true;
      /** The first day the payment covers ('YYYY-MM-DD'). */
      coverStartsOn: string;
      /** Paid in the annual period (cover from 1 January), or later (after the waiting period). */
      inPeriod: boolean;
    }
  | { ok: false; reason: "PAYMENT_PERIOD_NOT_OPEN" | "COVER_YEAR_OVER" };

/** The annual payment period for `coverYear`, first and last day ('YYYY-MM-DD'). */
export function residentPaymentPeriod(
  coverYear: number,
  parameters: Pick<
    ResidentPeriodParameters,
    "RESIDENT_PAYMENT_PERIOD_START" | "RESIDENT_PAYMENT_PERIOD_END"
  >,
): { opensOn: string; closesOn: string } {
  const start = parameters.RESIDENT_PAYMENT_PERIOD_START;
  const end = parameters.RESIDENT_PAYMENT_PERIOD_END;
  return {
    opensOn: dateOfMonthDay(coverYear - 1, start),
    closesOn: dateOfMonthDay(end >= start ? coverYear - 1 : coverYear, end),
  };
}

/**
 * When a resident-scheme payment for `coverYear` starts to cover (DOMAIN.md, "How the service runs
 * in practice": cover starts on 1 January when paid in the annual period, commonly 1 September –
 * 31 December). Paid in the period — an extension into the year covered included — cover runs
 * from 1 January of that year; paid later in the year, from the end of the waiting period
 * (国办发〔2024〕38号); paid before the period opens or when the waiting period would outlast the
 * year, it is refused. The parameters are those in force on the day of payment.
 */
export function residentCover(
  input: { coverYear: number; paidOn: string },
  parameters: ResidentPeriodParameters,
): ResidentCover {
  const { opensOn, closesOn } = residentPaymentPeriod(input.coverYear, parameters);
  const yearStarts = `${String(input.coverYear).padStart(4, "0")}-01-01`;
  const yearEnds = `${String(input.coverYear).padStart(4, "0")}-12-31`;
  if (input.paidOn < opensOn) return { ok: false, reason: "PAYMENT_PERIOD_NOT_OPEN" };
  if (input.paidOn <= closesOn) return { ok: true, coverStartsOn: yearStarts, inPeriod: true };
  const afterWaiting = isoDateOfEpochDay(
    epochDayOf(input.paidOn) + parameters.RESIDENT_WAITING_PERIOD_DAYS,
  );
  const coverStartsOn = afterWaiting < yearStarts ? yearStarts : afterWaiting;
  if (coverStartsOn > yearEnds) return { ok: false, reason: "COVER_YEAR_OVER" };
  return { ok: true, coverStartsOn, inPeriod: false };
}
