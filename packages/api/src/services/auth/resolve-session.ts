import type { PrismaClient } from "@yibao/db";
import {
  type ActorKind,
  type SessionStage,
  sessionPolicy,
  sessionStageSchema,
  staffRoleSchema,
} from "@yibao/domain";
import type { CitizenActor, StaffActor } from "../../context";
import { isWellFormedToken, sessionIdFor } from "./session-token";

interface CitizenRow {
  person_id: string;
  stage: string;
  idle_expires_at: Date;
}

interface StaffRow {
  staff_user_id: string;
  role: string;
  service_point_id: string;
  institution_id: string | null;
  stage: string;
  idle_expires_at: Date;
}

function stageOf(value: string): SessionStage {
  return sessionStageSchema.parse(value);
}

/**
 * Finds the live session behind a cookie and records the activity, in one round trip: the
 * idle deadline moves on with every request but never past the absolute one.
 */
export async function resolveSession(
  prisma: PrismaClient,
  request: { kind: ActorKind; token: string | undefined; now: Date },
): Promise<CitizenActor | StaffActor | null> {
  if (!isWellFormedToken(request.token)) return null;
  const id = sessionIdFor(request.token);
  const { now } = request;
  const idleMs = sessionPolicy.idleMinutes * 60_000;

  if (request.kind === "CITIZEN") {
    const rows = await prisma.$queryRaw<CitizenRow[]>`
      UPDATE session
         SET last_seen_at = ${now},
             idle_expires_at = LEAST(${new Date(now.getTime() + idleMs)}::timestamptz, absolute_expires_at)
       WHERE id = ${id}
         AND kind = 'CITIZEN'
         AND idle_expires_at > ${now}
         AND absolute_expires_at > ${now}
      RETURNING person_id, stage::text AS stage, idle_expires_at`;
    const row = rows[0];
    if (!row) return null;
    return {
      kind: "CITIZEN",
      sessionId: id,
      personId: row.person_id,
      role: "INSURED",
      stage: stageOf(row.stage),
      idleExpiresAt: new Date(row.idle_expires_at),
    };
  }

  const rows = await prisma.$queryRaw<StaffRow[]>`
    UPDATE session AS s
       SET last_seen_at = ${now},
           idle_expires_at = LEAST(${new Date(now.getTime() + idleMs)}::timestamptz, s.absolute_expires_at)
      FROM staff_user AS u
     WHERE s.id = ${id}
       AND s.kind = 'STAFF'
       AND u.id = s.staff_user_id
       AND u.active
       AND s.idle_expires_at > ${now}
       AND s.absolute_expires_at > ${now}
    RETURNING s.staff_user_id, u.role::text AS role, u.service_point_id, u.institution_id, s.stage::text AS stage,
              s.idle_expires_at`;
  const row = rows[0];
  const role = staffRoleSchema.safeParse(row?.role);
  if (!row || !role.success) return null;
  return {
    kind: "STAFF",
    sessionId: id,
    staffUserId: row.staff_user_id,
    role: role.data,
    servicePointId: row.service_point_id,
    institutionId: row.institution_id,
    stage: stageOf(row.stage),
    idleExpiresAt: new Date(row.idle_expires_at),
  };
}
