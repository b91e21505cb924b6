import { sessionPolicy } from "@yibao/domain";
import type pg from "pg";
// @yibao/api exports neither: the sessions are made as signing in makes them, with the same
// token format and the same hash as the stored id.
import {
  newSessionToken,
  sessionIdFor,
} from "../../../packages/api/src/services/auth/session-token";
import { personIdSql } from "./generate-accounts";

/** A signed-in institution operator: the session cookie's token and the till's own address. */
export interface OperatorSession {
  token: string;
  address: string;
}

function deadlines(now: Date) {
  return {
    idle: new Date(now.getTime() + sessionPolicy.idleMinutes * 60_000),
    absolute: new Date(now.getTime() + sessionPolicy.absoluteHours * 3_600_000),
  };
}

/**
 * Live citizen sessions (stage FULL) for the people numbered `people`, as a sign-in leaves them;
 * returns the cookie tokens in the same order.
 */
export async function openCitizenSessions(
  client: pg.Client,
  people: number[],
  now: Date,
): Promise<string[]> {
  const tokens = people.map(() => newSessionToken());
  const { idle, absolute } = deadlines(now);
  await client.query(
    `INSERT INTO session (id, kind, stage, person_id, created_at, last_seen_at, idle_expires_at,
                          absolute_expires_at, client_address)
     SELECT s.id, 'CITIZEN', 'FULL', ${personIdSql("s.n")}, $3, $3, $4, $5, '127.0.0.1'
       FROM unnest($1::text[], $2::int[]) AS s(id, n)`,
    [tokens.map(sessionIdFor), people, now, idle, absolute],
  );
  return tokens;
}

/**
 * One operator for each designated institution (INSTITUTION_OPERATOR, FULL stage), signed in at
 * its own till's address: the rate limits count per session and per address, as they would
 * behind the county's proxy.
 */
export async function openOperatorSessions(
  client: pg.Client,
  now: Date,
): Promise<OperatorSession[]> {
  const operators = await client.query<{ id: string }>(
    `INSERT INTO staff_user (username, display_name, password_hash, password_changed_at,
                             must_change_password, role, service_point_id, institution_id)
     SELECT 'op-' || i.code, '收款员' || i.code, 'bench: never signs in', $1, false,
            'INSTITUTION_OPERATOR', (SELECT id FROM service_point WHERE code = 'SP00'), i.id
       FROM designated_institution i
     RETURNING id`,
    [now],
  );
  const sessions = operators.rows.map((_, index) => ({
    token: newSessionToken(),
    address: `10.${Math.floor(index / 250) + 1}.${index % 250}.${(index % 7) + 2}`,
  }));
  const { idle, absolute } = deadlines(now);
  await client.query(
    `INSERT INTO session (id, kind, stage, staff_user_id, created_at, last_seen_at,
                          idle_expires_at, absolute_expires_at, client_address)
     SELECT s.id, 'STAFF', 'FULL', s.staff_user_id, $4, $4, $5, $6, s.address
       FROM unnest($1::text[], $2::uuid[], $3::text[]) AS s(id, staff_user_id, address)`,
    [
      sessions.map((session) => sessionIdFor(session.token)),
      operators.rows.map((row) => row.id),
      sessions.map((session) => session.address),
      now,
      idle,
      absolute,
    ],
  );
  return sessions;
}
