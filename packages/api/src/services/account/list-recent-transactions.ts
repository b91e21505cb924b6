import type { LedgerEntryView } from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";
import { readLedgerEntries } from "./read-ledger-entries";

/** The person's latest ledger entries, newest first; always their own account, never another's. */
export async function listRecentTransactions(
  ctx: ServiceContext<CitizenActor>,
  input: { limit: number },
): Promise<{ entries: LedgerEntryView[] }> {
  return {
    entries: await readLedgerEntries(ctx.prisma, ctx.actor.personId, { limit: input.limit }),
  };
}
