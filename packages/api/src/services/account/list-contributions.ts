import { addMonths, chinaToday, compareMonths, monthOf } from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";

export interface ContributionMonthView {
  month: string;
  paid: boolean;
  /** What was collected for the month (employee and employer parts), when paid. */
  totalFen: number | null;
  /** What of it went to the personal account. */
  creditedFen: number | null;
  employer: { creditCode: string; name: string | null } | null;
}

/**
 * The contribution history of one year, month by month up to this month: paid or not, what was
 * collected and credited, and by which employer. `years` lists the years that hold a payment, so
 * the app can offer them.
 */
export async function listContributions(
  ctx: ServiceContext<CitizenActor>,
  input: { year?: number },
): Promise<{ year: number; years: number[]; months: ContributionMonthView[] }> {
  const thisMonth = monthOf(chinaToday(ctx.now));
  const year = input.year ?? Number(thisMonth.slice(0, 4));
  const [rows, yearRows] = await Promise.all([
    ctx.prisma.$queryRaw<
      Array<{
        month: string;
        total_fen: number;
        personal_account_fen: number;
        employer_credit_code: string | null;
        employer_name: string | null;
      }>
    >`
      SELECT c.month, c.total_fen, c.personal_account_fen, c.employer_credit_code,
             e.name AS employer_name
        FROM contribution c
        LEFT JOIN employer e ON e.credit_code = c.employer_credit_code
       WHERE c.person_id = ${ctx.actor.personId}::uuid
         AND c.month >= ${`${year}-01`} AND c.month <= ${`${year}-12`}`,
    ctx.prisma.$queryRaw<Array<{ year: string }>>`
      SELECT DISTINCT left(month, 4) AS year FROM contribution
       WHERE person_id = ${ctx.actor.personId}::uuid ORDER BY year DESC`,
  ]);
  const byMonth = new Map(rows.map((row) => [row.month.trim(), row]));
  const months: ContributionMonthView[] = [];
  for (
    let month = `${year}-12`;
    compareMonths(month, `${year}-01`) >= 0;
    month = addMonths(month, -1)
  ) {
    if (compareMonths(month, thisMonth) > 0) continue;
    const row = byMonth.get(month);
    months.push({
      month,
      paid: row !== undefined,
      totalFen: row ? Number(row.total_fen) : null,
      creditedFen: row ? Number(row.personal_account_fen) : null,
      employer: row?.employer_credit_code
        ? { creditCode: row.employer_credit_code.trim(), name: row.employer_name }
        : null,
    });
  }
  return { year, years: yearRows.map((row) => Number(row.year)), months };
}
