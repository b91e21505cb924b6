import { chinaToday } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { loadFundIncome } from "./load-fund-income";

/**
 * 基金收入: per month from `from` to `to`, premiums collected (employee and employer parts, the
 * resident scheme), what was credited to personal accounts and what went to the pooled fund,
 * arrears outstanding; with each year's totals. Aggregates only, no personal data.
 */
export async function readFundIncome(
  ctx: ServiceContext<StaffActor>,
  input: { from: string; to: string },
) {
  const asOf = chinaToday(ctx.now);
  return { asOf, ...(await loadFundIncome(ctx.prisma, { ...input, asOf })) };
}
