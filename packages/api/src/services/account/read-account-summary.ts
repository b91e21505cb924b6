import type { DataProtector, PrismaClient } from "@yibao/db";
import {
  type AccountSummaryView,
  accountStatusFor,
  chinaToday,
  maskResidentId,
  monthOf,
  parametersOn,
} from "@yibao/domain";
import { DomainError } from "../../errors";

interface SummaryRow {
  name: string;
  resident_id_sealed: string;
  balance_fen: number | null;
  last_paid_month: string | null;
  sealed_may_pay: unknown;
}

/**
 * One person's account at a glance, in one round trip (this is the page a county opens most, at
 * every month start): the balance, the latest paid month (the status is derived from it, never
 * stored) and the county's sealed-spending setting in force today. A person of the resident
 * scheme has no personal account: a balance of 0 and NO_CONTRIBUTIONS.
 */
export async function readAccountSummary(
  db: { prisma: PrismaClient; protector: DataProtector; now: Date },
  personId: string,
): Promise<AccountSummaryView> {
  const today = chinaToday(db.now);
  const month = monthOf(today);
  const rows = await db.prisma.$queryRaw<SummaryRow[]>`
    SELECT p.name,
           p.resident_id_sealed,
           a.balance_fen,
           (SELECT max(c.month) FROM contribution c
             WHERE c.person_id = p.id AND c.month <= ${month}) AS last_paid_month,
           (SELECT cp.value FROM county_parameter cp
             WHERE cp.key = 'SEALED_ACCOUNT_MAY_PAY' AND cp.effective_from <= ${today}::date
             ORDER BY cp.effective_from DESC LIMIT 1) AS sealed_may_pay
      FROM person p
      LEFT JOIN account a ON a.person_id = p.id
     WHERE p.id = ${personId}::uuid`;
  const row = rows[0];
  if (!row) throw new DomainError("NOT_FOUND");

  // Only the latest paid month up to now decides the status (DOMAIN.md, "The account").
  const status = accountStatusFor({
    paidMonths: row.last_paid_month ? [row.last_paid_month.trim()] : [],
    month,
  });
  const parameters = parametersOn(
    row.sealed_may_pay === null
      ? []
      : [{ key: "SEALED_ACCOUNT_MAY_PAY", effectiveFrom: today, value: row.sealed_may_pay }],
    today,
  );
  return {
    name: row.name,
    maskedResidentId: maskResidentId(
      db.protector.open(row.resident_id_sealed, "person.resident-id"),
    ),
    status: status.status,
    sealedSince: status.status === "SEALED" ? status.sealedSince : null,
    lastPaidMonth: status.status === "NO_CONTRIBUTIONS" ? null : status.lastPaidMonth,
    balanceFen: Number(row.balance_fen ?? 0),
    asOf: db.now.toISOString(),
    sealedAccountMayPay: parameters.SEALED_ACCOUNT_MAY_PAY,
  };
}
