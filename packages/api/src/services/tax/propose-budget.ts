import { budgetProposal, chinaToday, monthOf } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { loadFundIncome } from "./load-fund-income";

/**
 * 基金收入预算建议 for `year`: the base year's actuals by month, the trend fitted to the latest
 * complete months (`budgetProposal`, its method as data for the page to word), and the number
 * of payers behind it today: employers and individuals registered, people paid for last month.
 */
export async function proposeBudget(ctx: ServiceContext<StaffActor>, input: { year: number }) {
  const asOf = chinaToday(ctx.now);
  const thisMonth = monthOf(asOf);
  const income = await loadFundIncome(ctx.prisma, {
    from: `${input.year - 2}-01`,
    to: `${input.year - 1}-12`,
    asOf,
  });
  const proposal = budgetProposal({
    budgetYear: input.year,
    thisMonth,
    collected: income.months.map((row) => ({ month: row.month, fen: row.collectedFen })),
  });
  const lastMonth = proposal.basis?.to ?? null;
  const [employers, individuals, people] = await Promise.all([
    ctx.prisma.employer.count({ where: { registeredOn: { not: null }, cancelledOn: null } }),
    ctx.prisma.individualPayer.count({ where: { cancelledOn: null } }),
    lastMonth
      ? ctx.prisma.contribution.groupBy({ by: ["personId"], where: { month: lastMonth } })
      : Promise.resolve([]),
  ]);
  return {
    asOf,
    ...proposal,
    // The base year's months by part, for the page's chart and table.
    baseYearMonths: income.months.filter((row) => row.month.startsWith(String(input.year - 1))),
    payers: { employers, individuals, peoplePaidLastMonth: people.length, lastMonth },
  };
}
