import type { CitizenActor, ServiceContext } from "../../context";

export interface AccountAccessView {
  at: string;
  /** The office or institution the staff member works for (never their name). */
  by: string;
  role: string;
  reason: string | null;
  /** How the person was found: RESIDENT_ID or ECARD. */
  method: string | null;
}

const pageSize = 20;

/**
 * Who looked at the person's account (PIPL art. 44–45: a person may know how their information is
 * used): each bureau look-up from the audit trail, with the office, the role and the reason, newest
 * first. The staff member's own name stays in the trail for the auditor.
 */
export async function listAccountAccess(
  ctx: ServiceContext<CitizenActor>,
  input: { cursor?: string },
): Promise<{ items: AccountAccessView[]; nextCursor: string | null }> {
  const before = input.cursor && /^\d{1,18}$/.test(input.cursor) ? BigInt(input.cursor) : null;
  const rows = await ctx.prisma.$queryRaw<
    Array<{
      seq: bigint;
      occurred_at: Date;
      actor_role: string | null;
      reason: string | null;
      method: string | null;
      office: string | null;
    }>
  >`
    SELECT ev.seq, ev.occurred_at, ev.actor_role, ev.reason, ev.detail->>'method' AS method,
           COALESCE(i.name, sp.name) AS office
      FROM audit_event ev
      LEFT JOIN staff_user u ON u.id::text = ev.actor_id AND ev.actor_kind = 'STAFF'
      LEFT JOIN service_point sp ON sp.id = u.service_point_id
      LEFT JOIN designated_institution i ON i.id = u.institution_id
     WHERE ev.subject_person_id = ${ctx.actor.personId}::uuid
       AND ev.action = 'account.looked-up'
       AND ev.result = 'SUCCEEDED'
       AND (${before}::bigint IS NULL OR ev.seq < ${before}::bigint)
     ORDER BY ev.seq DESC
     LIMIT ${pageSize + 1}`;
  const page = rows.slice(0, pageSize);
  return {
    items: page.map((row) => ({
      at: new Date(row.occurred_at).toISOString(),
      by: row.office ?? "",
      role: row.actor_role ?? "",
      reason: row.reason,
      method: row.method,
    })),
    nextCursor: rows.length > pageSize ? String(page.at(-1)?.seq ?? "") : null,
  };
}
