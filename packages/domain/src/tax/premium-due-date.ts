import { addMonths } from "../months/add-months";

/** The day of the following month by which a month's premium is due. */
export const premiumDueDay = 15;

/**
 * The day a month's premium of the employee scheme is due ('YYYY-MM-DD'): the 15th of the
 * following month. The regulation says only "monthly" (社会保险费征缴暂行条例 art. 10: 按月申报、
 * 按月缴纳); since 2019 the tax authority collects, and a monthly levy is declared and paid within
 * 15 days after its month (as 增值税暂行条例 art. 23 sets for monthly taxes). A county whose notice
 * names another day changes `premiumDueDay`. Holidays do not move it here.
 */
export function premiumDueDate(month: string): string {
  return `${addMonths(month, 1)}-${String(premiumDueDay).padStart(2, "0")}`;
}
