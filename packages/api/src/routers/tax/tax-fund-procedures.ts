import { addMonths, budgetMethodSchema, compareMonths, monthSchema } from "@yibao/domain";
import { z } from "zod";
import { proposeBudget } from "../../services/tax/propose-budget";
import { readFinalAccounts } from "../../services/tax/read-final-accounts";
import { readFundIncome } from "../../services/tax/read-fund-income";
import { staffProcedure } from "../../trpc";
import { fundIncomeMonthSchema, fundIncomeTotalsSchema } from "./tax-schemas";

const fen = z.number().int();
const year = z.number().int().min(2000).max(2100);
const monthFen = z.object({ month: z.string(), fen });
const yearTotals = fundIncomeTotalsSchema.extend({ year: z.number().int() });
const basisPoints = z.number().int().nullable();

/** The fund's income report, the budget proposal and the final accounts: aggregates only. */
export const taxFundProcedures = {
  fundIncome: staffProcedure("fund-report:read")
    .input(
      z
        .object({ from: monthSchema, to: monthSchema })
        .refine((range) => compareMonths(range.from, range.to) <= 0, {
          message: "RANGE_REVERSED",
          path: ["to"],
        })
        .refine((range) => compareMonths(range.to, addMonths(range.from, 35)) <= 0, {
          message: "RANGE_TOO_LONG",
          path: ["to"],
        }),
    )
    .output(
      z.object({
        asOf: z.string(),
        months: z.array(fundIncomeMonthSchema),
        years: z.array(yearTotals),
        total: fundIncomeTotalsSchema,
      }),
    )
    .query(({ ctx, input }) => readFundIncome(ctx.service, input)),
  budgetProposal: staffProcedure("fund-report:read")
    .input(z.object({ year }))
    .output(
      z.object({
        asOf: z.string(),
        budgetYear: z.number().int(),
        baseYear: z.number().int(),
        actuals: z.array(monthFen),
        method: budgetMethodSchema,
        basis: z.object({ from: z.string(), to: z.string(), months: z.number().int() }).nullable(),
        trend: z.object({ slopeFenPerMonth: fen, averageFen: fen }),
        baseYearEstimateFen: fen,
        proposal: z.object({ totalFen: fen, months: z.array(monthFen) }),
        changeBasisPoints: basisPoints,
        baseYearMonths: z.array(fundIncomeMonthSchema),
        payers: z.object({
          employers: z.number().int(),
          individuals: z.number().int(),
          peoplePaidLastMonth: z.number().int(),
          lastMonth: z.string().nullable(),
        }),
      }),
    )
    .query(({ ctx, input }) => proposeBudget(ctx.service, input)),
  finalAccounts: staffProcedure("fund-report:read")
    .input(z.object({ year }))
    .output(
      z.object({
        asOf: z.string(),
        year: z.number().int(),
        months: z.array(fundIncomeMonthSchema),
        totals: fundIncomeTotalsSchema,
        previousYearTotals: fundIncomeTotalsSchema,
        changeBasisPoints: z.record(z.string(), basisPoints),
        sharesBasisPoints: z.object({
          employee: basisPoints,
          employer: basisPoints,
          resident: basisPoints,
          pooled: basisPoints,
        }),
      }),
    )
    .query(({ ctx, input }) => readFinalAccounts(ctx.service, input)),
};
