import { Prisma, type PrismaClient } from "@yibao/db";
import {
  type ActorKind,
  type SessionStage,
  sessionPolicy,
  sessionStageSchema,
  staffRoleSchema,
} from "@yibao/domain";
import type { CitizenActor, EmployerActor, StaffActor } from "../../context";
import { resolveEmployerSession } from "./resolve-employer-session";
import { isWellFormedToken, sessionIdFor } from "./session-token";

/** What `citizenSessionCtes` leaves in `s`: prefixed, so that a read can return it beside its own columns. */
export interface CitizenSessionRow {
  session_person_id: string;
  session_stage: string;
  session_idle_expires_at: Date;
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

function idleDeadline(now: Date): Date {
  return new Date(now.getTime() + sessionPolicy.idleMinutes * 60_000);
}

/**
 * How often a session's activity is written: a request moves the idle deadline only when it
 * would move by more than this, so that the hot reads (a page every signed-in person opens)
 * commit no write of their own; the session then ends between 29 and 30 idle minutes after its
 * last request, never later.
 */
export const sessionTouchSeconds = 60;

/**
 * The CTEs that find the live citizen session `id` at `now` and record the activity, for the
 * top of a statement: `WITH ${citizenSessionCtes(id, now)} SELECT … FROM s …`, `s` holding the
 * session's columns (`CitizenSessionRow`) or nothing. The idle deadline moves on with activity
 * but never past the absolute one, and only once a minute (`sessionTouchSeconds`): an UPDATE
 * that matches no row writes nothing. Alone, it is how `resolveSession` resolves a citizen; in a
 * hot read, it resolves the session in the read's own round trip.
 */
export function citizenSessionCtes(id: string, now: Date): Prisma.Sql {
  const deadline = idleDeadline(now);
  const touchBefore = new Date(deadline.getTime() - sessionTouchSeconds * 1000);
  return Prisma.sql`
    found AS (
      SELECT id, person_id, stage, idle_expires_at, absolute_expires_at
        FROM session
       WHERE id = ${id}
         AND kind = 'CITIZEN'
         AND idle_expires_at > ${now}
         AND absolute_expires_at > ${now}),
    moved AS (
      UPDATE session AS m
         SET last_seen_at = ${now},
             idle_expires_at = LEAST(${deadline}::timestamptz, m.absolute_expires_at)
        FROM found
       WHERE m.id = found.id
         AND found.idle_expires_at < LEAST(${touchBefore}::timestamptz, found.absolute_expires_at)
      RETURNING m.idle_expires_at),
    s AS (
      SELECT found.person_id AS session_person_id, found.stage::text AS session_stage,
             COALESCE((SELECT moved.idle_expires_at FROM moved), found.idle_expires_at)
               AS session_idle_expires_at
        FROM found)`;
}

/** The citizen behind a row of `citizenSessionCtes`; null when it found no live session. */
export function citizenActorOf(
  id: string,
  row: CitizenSessionRow | undefined,
): CitizenActor | null {
  if (!row?.session_person_id) return null;
  return {
    kind: "CITIZEN",
    sessionId: id,
    personId: row.session_person_id,
    role: "INSURED",
    stage: stageOf(row.session_stage),
    idleExpiresAt: new Date(row.session_idle_expires_at),
  };
}

/**
 * Finds the live session behind a cookie and records the activity, in one round trip: the
 * idle deadline moves on with every request but never past the absolute one.
 */
export async function resolveSession(
  prisma: PrismaClient,
  request: { kind: ActorKind; token: string | undefined; now: Date },
): Promise<CitizenActor | StaffActor | EmployerActor | null> {
  if (!isWellFormedToken(request.token)) return null;
  const id = sessionIdFor(request.token);
  const { now } = request;

  if (request.kind === "CITIZEN") {
    const rows = await prisma.$queryRaw<CitizenSessionRow[]>(
      Prisma.sql`WITH ${citizenSessionCtes(id, now)} SELECT * FROM s`,
    );
    return citizenActorOf(id, rows[0]);
  }
  if (request.kind === "EMPLOYER") return resolveEmployerSession(prisma, id, now);

  const rows = await prisma.$queryRaw<StaffRow[]>`
    UPDATE session AS s
       SET last_seen_at = ${now},
           idle_expires_at = LEAST(${idleDeadline(now)}::timestamptz, s.absolute_expires_at)
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
