import type { PrismaClient } from "@yibao/db";
import { addMonths, compareMonths, fundIncomeFigures, monthOf } from "@yibao/domain";
import { arrearsOf } from "./arrears-of";

type Reader = Pick<
  PrismaClient,
  "$queryRaw" | "employer" | "employment" | "individualPayer" | "contribution" | "countyParameter"
>;

/**
 * The fund's income from `from` to `to` (months) as recorded, on `asOf`: premiums by the month they
 * belong to (费款所属期) from the contributions, split into the parts the tax authority confirmed
 * — a contribution recorded before the parts were known counts wholly as the employee's —;
 * resident-scheme payments by the month received (China time); the credits to personal accounts
 * straight from the ledger, by contribution month; arrears as assessed today for each month owed.
 */
export async function loadFundIncome(
  db: Reader,
  input: { from: string; to: string; asOf: string },
) {
  const [premiums, resident, credited] = await Promise.all([
    db.$queryRaw<Array<{ month: string; employee_fen: bigint; employer_fen: bigint }>>`
      SELECT month,
             sum(coalesce(personal_fen, total_fen - coalesce(employer_fen, 0)))::bigint AS employee_fen,
             sum(coalesce(employer_fen, 0))::bigint AS employer_fen
        FROM contribution
       WHERE month >= ${input.from} AND month <= ${input.to}
       GROUP BY month`,
    db.$queryRaw<Array<{ month: string; fen: bigint }>>`
      SELECT to_char((paid_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM') AS month,
             sum(amount_fen)::bigint AS fen
        FROM resident_payment
       WHERE paid_at >= ${new Date(`${input.from}-01T00:00:00+08:00`)}
         AND paid_at < ${new Date(`${addMonths(input.to, 1)}-01T00:00:00+08:00`)}
       GROUP BY 1`,
    db.$queryRaw<Array<{ month: string; fen: bigint }>>`
      SELECT contribution_month AS month, sum(amount_fen)::bigint AS fen
        FROM ledger_entry
       WHERE kind = 'CONTRIBUTION_CREDIT'
         AND contribution_month >= ${input.from} AND contribution_month <= ${input.to}
       GROUP BY contribution_month`,
  ]);
  const lastDue = addMonths(monthOf(input.asOf), -1);
  const upTo = compareMonths(input.to, lastDue) < 0 ? input.to : lastDue;
  const arrears =
    compareMonths(input.from, upTo) <= 0
      ? (await arrearsOf(db, { upTo, asOf: input.asOf })).flatMap((payer) =>
          payer.people.flatMap((person) =>
            person.months
              .filter((row) => compareMonths(row.month, input.from) >= 0)
              .map((row) => ({ month: row.month, fen: row.assessedFen })),
          ),
        )
      : [];
  return fundIncomeFigures({
    from: input.from,
    to: input.to,
    premiums: premiums.map((row) => ({
      month: row.month.trim(),
      employeeFen: Number(row.employee_fen),
      employerFen: Number(row.employer_fen),
    })),
    resident: resident.map((row) => ({ month: row.month, fen: Number(row.fen) })),
    credited: credited.map((row) => ({ month: row.month.trim(), fen: Number(row.fen) })),
    arrears,
  });
}
