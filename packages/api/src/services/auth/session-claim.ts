import type { Prisma } from "@yibao/db";
import type { CitizenActor, ServiceContext } from "../../context";
import { type CitizenSessionRow, citizenActorOf, citizenSessionCtes } from "./resolve-session";
import { sessionIdFor } from "./session-token";

/**
 * A citizen's session that the procedure's tier has not looked up (`citizenProcedure(permission,
 * { session: "in-query" })`): the service resolves it in its own statement, `WITH
 * ${claim.ctes} SELECT … FROM s …`, and hands the session's columns to `admit` before it uses anything else
 * the statement returned. One round trip for a hot read instead of two.
 */
export interface CitizenSessionClaim {
  /** The session's CTEs (`citizenSessionCtes`), for the top of the statement; `s` holds its row. */
  readonly ctes: Prisma.Sql;
  /**
   * The actor, once the tier's check passes: UNAUTHENTICATED when the statement found no live
   * session, FORBIDDEN when its stage does not open the procedure.
   */
  admit(row: CitizenSessionRow | undefined): CitizenActor;
  /** Whether `admit` let the request through: the tier refuses an answer given without it. */
  readonly admitted: boolean;
}

/** What a service of an in-query procedure receives: no actor yet, a claim to redeem. */
export type ClaimedServiceContext = ServiceContext<null> & { session: CitizenSessionClaim };

/** The claim of the cookie `token` at `now`; `check` is the tier's own test of the actor. */
export function claimCitizenSession(
  token: string,
  now: Date,
  check: (actor: CitizenActor | null) => CitizenActor,
): CitizenSessionClaim {
  const id = sessionIdFor(token);
  let admitted = false;
  return {
    ctes: citizenSessionCtes(id, now),
    admit(row) {
      const actor = check(citizenActorOf(id, row));
      admitted = true;
      return actor;
    },
    get admitted() {
      return admitted;
    },
  };
}
