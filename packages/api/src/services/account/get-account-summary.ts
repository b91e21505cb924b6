import { Prisma, queryPrepared } from "@yibao/db";
import type { AccountSummaryView } from "@yibao/domain";
import type { CitizenSessionRow } from "../auth/resolve-session";
import type { ClaimedServiceContext } from "../auth/session-claim";
import {
  type AccountSummaryRow,
  accountSummaryQuery,
  accountSummaryViewOf,
} from "./read-account-summary";

/**
 * The citizen's summary in one statement: the session resolved and its activity recorded
 * (`session`, the claim's CTEs), then the summary of the person it belongs to. No live
 * session, no row.
 */
export function ownAccountSummaryStatement(session: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH ${session}
    SELECT s.*, a.*
      FROM s CROSS JOIN LATERAL (${accountSummaryQuery(Prisma.sql`s.session_person_id`, now)}) a`;
}

/**
 * The signed-in insured's own account at a glance, the page a county opens most (every month
 * start): the session and the summary in one round trip, a prepared statement.
 */
export async function getAccountSummary(ctx: ClaimedServiceContext): Promise<AccountSummaryView> {
  const rows = await queryPrepared<CitizenSessionRow & AccountSummaryRow>(
    ctx.prisma,
    ownAccountSummaryStatement(ctx.session.ctes, ctx.now),
  );
  ctx.session.admit(rows[0]);
  return accountSummaryViewOf(rows[0], ctx);
}
