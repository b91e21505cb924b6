import { chinaToday, finalAccounts } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { loadFundIncome } from "./load-fund-income";

/**
 * 决算: the final accounts of the fund's income for a closed year — one that ended before this
 * one began (a year still running is TAX_RECORD_CONFLICT, reason YEAR_NOT_CLOSED) — against the
 * year before. Arrears are as assessed today, so a late payment since shows as collected.
 */
export async function readFinalAccounts(ctx: ServiceContext<StaffActor>, input: { year: number }) {
  const asOf = chinaToday(ctx.now);
  if (input.year >= Number(asOf.slice(0, 4))) {
    throw new DomainError("TAX_RECORD_CONFLICT", { reason: "YEAR_NOT_CLOSED" });
  }
  const income = await loadFundIncome(ctx.prisma, {
    from: `${input.year - 1}-01`,
    to: `${input.year}-12`,
    asOf,
  });
  const year = String(input.year);
  return {
    asOf,
    ...finalAccounts(
      input.year,
      income.months.filter((row) => row.month.startsWith(year)),
      income.months.filter((row) => !row.month.startsWith(year)),
    ),
  };
}
