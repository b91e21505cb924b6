import { chinaToday, maskPersonName, startOfChinaDay } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { institutionOf } from "./institution-of";

export interface SettlementListItem {
  settlementId: string;
  terminalTransactionId: string;
  settledAt: string;
  maskedName: string;
  amountFen: number;
  fromAccountFen: number;
  selfPayFen: number;
  reversedAt: string | null;
  /** Whether the operator may still reverse it (same day, not reversed). */
  reversible: boolean;
}

/** The institution's own settlements of today, newest first: the till's end-of-day list. */
export async function listSettlements(
  ctx: ServiceContext<StaffActor>,
): Promise<{ date: string; items: SettlementListItem[] }> {
  const institutionId = institutionOf(ctx);
  const date = chinaToday(ctx.now);
  const rows = await ctx.prisma.settlement.findMany({
    where: { institutionId, settledAt: { gte: startOfChinaDay(date) } },
    orderBy: [{ settledAt: "desc" }, { id: "desc" }],
    take: 200,
    include: { person: { select: { name: true } } },
  });
  return {
    date,
    items: rows.map((row) => ({
      settlementId: row.id,
      terminalTransactionId: row.terminalTransactionId,
      settledAt: row.settledAt.toISOString(),
      maskedName: maskPersonName(row.person.name),
      amountFen: row.amountFen,
      fromAccountFen: row.fromAccountFen,
      selfPayFen: row.selfPayFen,
      reversedAt: row.reversedAt?.toISOString() ?? null,
      reversible: row.reversedAt === null && chinaToday(row.settledAt) === date,
    })),
  };
}
