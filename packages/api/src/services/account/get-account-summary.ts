import { accountStatusFor, chinaToday, maskResidentId, monthOf } from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";

export interface AccountSummary {
  name: string;
  maskedResidentId: string;
  status: "ACTIVE" | "SEALED" | "NO_CONTRIBUTIONS";
  sealedSince: string | null;
  lastPaidMonth: string | null;
  balanceFen: number;
  asOf: string;
}

interface SummaryRow {
  name: string;
  resident_id_sealed: string;
  balance_fen: number;
  last_paid_month: string | null;
}

/**
 * The insured's account at a glance: one round trip (this is the page a county opens most, at
 * every month start), the status derived from the contributions, never stored.
 */
export async function getAccountSummary(
  ctx: ServiceContext<CitizenActor>,
): Promise<AccountSummary> {
  const month = monthOf(chinaToday(ctx.now));
  const rows = await ctx.prisma.$queryRaw<SummaryRow[]>`
    SELECT p.name,
           p.resident_id_sealed,
           a.balance_fen,
           (SELECT max(c.month) FROM contribution c
             WHERE c.person_id = p.id AND c.month <= ${month}) AS last_paid_month
      FROM person p
      JOIN account a ON a.person_id = p.id
     WHERE p.id = ${ctx.actor.personId}::uuid`;
  const row = rows[0];
  if (!row) throw new DomainError("NOT_FOUND");

  // Only the latest paid month up to now decides the status (DOMAIN.md, "The account").
  const status = accountStatusFor({
    paidMonths: row.last_paid_month ? [row.last_paid_month.trim()] : [],
    month,
  });
  return {
    name: row.name,
    maskedResidentId: maskResidentId(
      ctx.protector.open(row.resident_id_sealed, "person.resident-id"),
    ),
    status: status.status,
    sealedSince: status.status === "SEALED" ? status.sealedSince : null,
    lastPaidMonth: status.status === "NO_CONTRIBUTIONS" ? null : status.lastPaidMonth,
    balanceFen: Number(row.balance_fen),
    asOf: ctx.now.toISOString(),
  };
}
