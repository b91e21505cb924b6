import { daysInMonth } from "../calendar/iso-date";
import { monthIndexOf } from "../months/month-schema";

/** The first and the last day of `month` ('YYYY-MM'), as a dashboard period. */
export function monthRange(month: string): { from: string; to: string } {
  monthIndexOf(month);
  const last = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}
