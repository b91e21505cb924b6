import type { CitizenActor, ServiceContext } from "../../context";

export interface TransactionView {
  id: string;
  postedAt: string;
  kind: "CONTRIBUTION_CREDIT" | "SETTLEMENT_DEBIT" | "REVERSAL";
  amountFen: number;
  balanceAfterFen: number;
  description: string;
}

/** The person's latest ledger entries, newest first; always their own account, never another's. */
export async function listRecentTransactions(
  ctx: ServiceContext<CitizenActor>,
  input: { limit: number },
): Promise<{ entries: TransactionView[] }> {
  const entries = await ctx.prisma.ledgerEntry.findMany({
    where: { personId: ctx.actor.personId },
    orderBy: [{ postedAt: "desc" }, { id: "desc" }],
    take: input.limit,
    select: {
      id: true,
      postedAt: true,
      kind: true,
      amountFen: true,
      balanceAfterFen: true,
      description: true,
    },
  });
  return {
    entries: entries.map((entry) => ({ ...entry, postedAt: entry.postedAt.toISOString() })),
  };
}
