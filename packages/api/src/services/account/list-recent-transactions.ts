import { Prisma, queryPrepared } from "@yibao/db";
import type { LedgerEntryView } from "@yibao/domain";
import type { CitizenSessionRow } from "../auth/resolve-session";
import type { ClaimedServiceContext } from "../auth/session-claim";
import { type EntryRow, ledgerEntriesQuery, ledgerEntryViewOf } from "./read-ledger-entries";

/**
 * The citizen's latest `limit` entries in one statement: the session resolved and its activity
 * recorded (`session`, the claim's CTEs), then the ledger of the person it belongs to, newest
 * first. One row with null entry columns when the account has none; no row without a session.
 */
export function ownRecentEntriesStatement(session: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH ${session}
    SELECT s.*, e.*
      FROM s LEFT JOIN LATERAL (${ledgerEntriesQuery(Prisma.sql`s.session_person_id`, { limit })}) e ON true
     ORDER BY e.posted_at DESC, e.id DESC`;
}

/**
 * The person's latest ledger entries, newest first; always their own account, never another's:
 * the session and the entries in one round trip.
 */
export async function listRecentTransactions(
  ctx: ClaimedServiceContext,
  input: { limit: number },
): Promise<{ entries: LedgerEntryView[] }> {
  const rows = await queryPrepared<CitizenSessionRow & (EntryRow | NoEntry)>(
    ctx.prisma,
    ownRecentEntriesStatement(ctx.session.ctes, input.limit),
  );
  ctx.session.admit(rows[0]);
  return { entries: rows.filter(isEntry).map(ledgerEntryViewOf) };
}

/** The row of an account without entries: the session's columns, the entry's all null. */
type NoEntry = { [K in keyof EntryRow]: null };

function isEntry<Row extends EntryRow | NoEntry>(row: Row): row is Extract<Row, EntryRow> {
  return row.id !== null;
}
