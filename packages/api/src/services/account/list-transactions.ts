import type { LedgerEntryKind, LedgerEntryView } from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { readLedgerEntries } from "./read-ledger-entries";

const pageSize = 20;

// An opaque keyset cursor: the last entry's time and id. Nothing personal in it.
function encodeCursor(entry: LedgerEntryView): string {
  return Buffer.from(`${entry.postedAt}|${entry.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { postedAt: Date; id: string } {
  const [postedAt, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(postedAt ?? "");
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(at.getTime())) {
    throw new DomainError("VALIDATION_FAILED");
  }
  return { postedAt: at, id };
}

/** The insured's transactions, filtered by month and kind, 20 a page, newest first. */
export async function listTransactions(
  ctx: ServiceContext<CitizenActor>,
  input: { month?: string; kind?: LedgerEntryKind; cursor?: string },
): Promise<{ items: LedgerEntryView[]; nextCursor: string | null }> {
  const entries = await readLedgerEntries(ctx.prisma, ctx.actor.personId, {
    ...(input.month ? { month: input.month } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.cursor ? { after: decodeCursor(input.cursor) } : {}),
    limit: pageSize + 1,
  });
  const items = entries.slice(0, pageSize);
  const last = items.at(-1);
  return { items, nextCursor: entries.length > pageSize && last ? encodeCursor(last) : null };
}
