import {
  addMonths,
  type BalanceProjection,
  balanceProjection,
  chinaToday,
  type MonthFlow,
  monthOf,
  projectionWindowMonths,
} from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";

interface MonthRow {
  month: string;
  credited_fen: bigint | number;
  spent_fen: bigint | number;
  closing_fen: number | null;
}

export interface ProjectionView extends BalanceProjection {
  balanceFen: number;
  /** The balance at the end of each of the last 12 months (this month: now), oldest first. */
  history: Array<{ month: string; balanceFen: number }>;
  /** The months the projection's points belong to, after this one. */
  projectedMonths: string[];
}

// Months are China's (UTC+8, no daylight saving), computed by offset rather than by a zone name
// so the embedded database, which may lack the zone files, agrees with PostgreSQL.

/**
 * "Will it run out?": the last 12 months' flows (credits; spending less its reversals) and the
 * month-end balances, then the domain's rule (`balanceProjection`). One query.
 */
export async function getProjection(ctx: ServiceContext<CitizenActor>): Promise<ProjectionView> {
  const thisMonth = monthOf(chinaToday(ctx.now));
  const first = addMonths(thisMonth, -(projectionWindowMonths - 1));
  const rows = await ctx.prisma.$queryRaw<MonthRow[]>`
    WITH months AS (
      SELECT to_char(m, 'YYYY-MM') AS month
        FROM generate_series(${`${first}-01`}::date, ${`${thisMonth}-01`}::date, interval '1 month') AS m
    ), entries AS (
      SELECT to_char((e.posted_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM') AS month,
             e.amount_fen, e.kind, r.kind AS reverses_kind, e.balance_after_fen, e.posted_at, e.id
        FROM ledger_entry e
        LEFT JOIN ledger_entry r ON r.id = e.reverses_entry_id
       WHERE e.person_id = ${ctx.actor.personId}::uuid
         AND e.posted_at >= ${`${first}-01T00:00:00+08:00`}::timestamptz
    )
    SELECT m.month,
           COALESCE(sum(x.amount_fen) FILTER (
             WHERE x.kind = 'CONTRIBUTION_CREDIT' OR x.reverses_kind = 'CONTRIBUTION_CREDIT'), 0) AS credited_fen,
           COALESCE(-sum(x.amount_fen) FILTER (
             WHERE x.kind = 'SETTLEMENT_DEBIT' OR x.reverses_kind = 'SETTLEMENT_DEBIT'), 0) AS spent_fen,
           (SELECT e.balance_after_fen FROM ledger_entry e
             WHERE e.person_id = ${ctx.actor.personId}::uuid
               AND e.posted_at < ((to_date(m.month, 'YYYY-MM') + interval '1 month' - interval '8 hours')::timestamp AT TIME ZONE 'UTC')
             ORDER BY e.posted_at DESC, e.id DESC LIMIT 1) AS closing_fen
      FROM months m
      LEFT JOIN entries x ON x.month = m.month
     GROUP BY m.month
     ORDER BY m.month`;
  const flows: MonthFlow[] = rows.map((row) => ({
    month: row.month,
    creditedFen: Number(row.credited_fen),
    spentFen: Number(row.spent_fen),
  }));
  const history = rows.map((row) => ({
    month: row.month,
    balanceFen: Number(row.closing_fen ?? 0),
  }));
  const balanceFen = history.at(-1)?.balanceFen ?? 0;
  const projection = balanceProjection(balanceFen, flows);
  return {
    ...projection,
    balanceFen,
    history,
    projectedMonths: projection.projectedFen.map((_, index) => addMonths(thisMonth, index + 1)),
  };
}
