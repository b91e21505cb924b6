import { Prisma, type PrismaClient } from "@yibao/db";
import {
  institutionKindSchema,
  type LedgerEntryKind,
  type LedgerEntryView,
  ledgerEntryKindSchema,
} from "@yibao/domain";

export interface LedgerEntryFilter {
  /** Entries posted in this month ('YYYY-MM', China's calendar). */
  month?: string;
  kind?: LedgerEntryKind;
  /** The last entry of the previous page (keyset: posted_at, id). */
  after?: { postedAt: Date; id: string };
  limit: number;
}

export interface EntryRow {
  id: string;
  posted_at: Date;
  kind: string;
  amount_fen: number;
  balance_after_fen: number;
  contribution_month: string | null;
  settlement_id: string | null;
  institution_name: string | null;
  institution_kind: string | null;
  reverses_kind: string | null;
}

function monthBounds(month: string): { from: string; to: string } {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
  return { from: `${month}-01T00:00:00+08:00`, to: `${next}-01T00:00:00+08:00` };
}

/**
 * One person's ledger entries, newest first, with the institution's name and what a reversal
 * undoes: one query on the (person, posted_at, id) index, whatever the filter. `personId` is a
 * uuid parameter, or a column of an enclosing statement (a hot read that resolves its session
 * in the same round trip).
 */
export function ledgerEntriesQuery(personId: Prisma.Sql, filter: LedgerEntryFilter): Prisma.Sql {
  const conditions = [Prisma.sql`e.person_id = ${personId}`];
  if (filter.month) {
    const { from, to } = monthBounds(filter.month);
    conditions.push(
      Prisma.sql`e.posted_at >= ${from}::timestamptz AND e.posted_at < ${to}::timestamptz`,
    );
  }
  if (filter.kind) conditions.push(Prisma.sql`e.kind = ${filter.kind}::ledger_entry_kind`);
  if (filter.after) {
    conditions.push(
      Prisma.sql`(e.posted_at, e.id) < (${filter.after.postedAt}, ${filter.after.id}::uuid)`,
    );
  }
  return Prisma.sql`
    SELECT e.id, e.posted_at, e.kind::text AS kind, e.amount_fen, e.balance_after_fen,
           e.contribution_month, e.settlement_id,
           i.name AS institution_name, i.kind::text AS institution_kind,
           r.kind::text AS reverses_kind
      FROM ledger_entry e
      LEFT JOIN designated_institution i ON i.id = e.institution_id
      LEFT JOIN ledger_entry r ON r.id = e.reverses_entry_id
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY e.posted_at DESC, e.id DESC
     LIMIT ${filter.limit}`;
}

/** A row of `ledgerEntriesQuery` as the apps receive it: facts, no sentence. */
export function ledgerEntryViewOf(row: EntryRow): LedgerEntryView {
  return {
    id: row.id,
    postedAt: new Date(row.posted_at).toISOString(),
    kind: ledgerEntryKindSchema.parse(row.kind),
    amountFen: Number(row.amount_fen),
    balanceAfterFen: Number(row.balance_after_fen),
    contributionMonth: row.contribution_month?.trim() ?? null,
    institution:
      row.institution_name === null
        ? null
        : { name: row.institution_name, kind: institutionKindSchema.parse(row.institution_kind) },
    settlementId: row.settlement_id,
    reverses: row.reverses_kind === null ? null : ledgerEntryKindSchema.parse(row.reverses_kind),
  };
}

/** One person's ledger entries, newest first (`ledgerEntriesQuery`). */
export async function readLedgerEntries(
  prisma: PrismaClient,
  personId: string,
  filter: LedgerEntryFilter,
): Promise<LedgerEntryView[]> {
  const rows = await prisma.$queryRaw<EntryRow[]>(
    ledgerEntriesQuery(Prisma.sql`${personId}::uuid`, filter),
  );
  return rows.map(ledgerEntryViewOf);
}
