import { type DataProtector, Prisma, type PrismaClient } from "@yibao/db";
import {
  type AccountSummaryView,
  accountStatusFor,
  chinaToday,
  maskResidentId,
  monthOf,
  parametersOn,
} from "@yibao/domain";
import { DomainError } from "../../errors";

export interface AccountSummaryRow {
  name: string;
  resident_id_sealed: string;
  balance_fen: number | null;
  last_paid_month: string | null;
  sealed_may_pay: unknown;
}

/**
 * The summary's SELECT for the person `personId` stands for: a uuid parameter, or a column of an
 * enclosing statement (the citizen's own summary, which resolves the session in the same round
 * trip). The balance, the latest paid month (the status is derived from it, never stored) and
 * the county's sealed-spending setting in force today.
 */
export function accountSummaryQuery(personId: Prisma.Sql, now: Date): Prisma.Sql {
  const today = chinaToday(now);
  const month = monthOf(today);
  return Prisma.sql`
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
     WHERE p.id = ${personId}`;
}

/**
 * A row of `accountSummaryQuery` as the apps receive it, at `db.now`. A person of the resident
 * scheme has no personal account: a balance of 0 and NO_CONTRIBUTIONS.
 */
export function accountSummaryViewOf(
  row: AccountSummaryRow | undefined,
  db: { protector: DataProtector; now: Date },
): AccountSummaryView {
  if (!row) throw new DomainError("NOT_FOUND");
  const today = chinaToday(db.now);
  const month = monthOf(today);
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

/**
 * One person's account at a glance, in one round trip (this is the page a county opens most, at
 * every month start).
 */
export async function readAccountSummary(
  db: { prisma: PrismaClient; protector: DataProtector; now: Date },
  personId: string,
): Promise<AccountSummaryView> {
  const rows = await db.prisma.$queryRaw<AccountSummaryRow[]>(
    accountSummaryQuery(Prisma.sql`${personId}::uuid`, db.now),
  );
  return accountSummaryViewOf(rows[0], db);
}
