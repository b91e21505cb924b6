import type { PrismaClient } from "@yibao/db";
import { chinaToday, sessionPolicy, sessionStageSchema } from "@yibao/domain";
import type { EmployerActor } from "../../context";

interface EmployerRow {
  employer_agent_id: string;
  employer_id: string;
  stage: string;
  idle_expires_at: Date;
}

/**
 * The live session `id` of an employer's agent at `now`, the activity recorded, in one round
 * trip: the agent must be active and authorised today (China's date, inclusive at both ends: the
 * county centre grants an agent a period on the strength of the employer's letter), so a session
 * ends with the authorisation even if it was started the day before.
 */
export async function resolveEmployerSession(
  prisma: PrismaClient,
  id: string,
  now: Date,
): Promise<EmployerActor | null> {
  const today = new Date(`${chinaToday(now)}T00:00:00Z`);
  const idleDeadline = new Date(now.getTime() + sessionPolicy.idleMinutes * 60_000);
  const rows = await prisma.$queryRaw<EmployerRow[]>`
    UPDATE session AS s
       SET last_seen_at = ${now},
           idle_expires_at = LEAST(${idleDeadline}::timestamptz, s.absolute_expires_at)
      FROM employer_agent AS a
     WHERE s.id = ${id}
       AND s.kind = 'EMPLOYER'
       AND a.id = s.employer_agent_id
       AND a.active
       AND a.authorised_from <= ${today}::date
       AND a.authorised_until >= ${today}::date
       AND s.idle_expires_at > ${now}
       AND s.absolute_expires_at > ${now}
    RETURNING s.employer_agent_id, a.employer_id, s.stage::text AS stage, s.idle_expires_at`;
  const row = rows[0];
  if (!row) return null;
  return {
    kind: "EMPLOYER",
    sessionId: id,
    employerAgentId: row.employer_agent_id,
    employerId: row.employer_id,
    role: "EMPLOYER_AGENT",
    stage: sessionStageSchema.parse(row.stage),
    idleExpiresAt: new Date(row.idle_expires_at),
  };
}
