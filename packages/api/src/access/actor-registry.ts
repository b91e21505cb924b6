import type { ActorKind } from "@yibao/domain";

/**
 * The kinds of account that sign in, and what each brings: its cookie, and the column that names
 * the account on the rows it owns (its sessions, password history and recovery codes). A browser
 * may hold one session of each kind (a clerk who is also insured); the cookie of one kind never
 * opens another kind's procedures.
 */
export const actorRegistry = {
  CITIZEN: { cookieName: "yibao_citizen_session", ownerColumn: "personId" },
  STAFF: { cookieName: "yibao_staff_session", ownerColumn: "staffUserId" },
  EMPLOYER: { cookieName: "yibao_employer_session", ownerColumn: "employerAgentId" },
} as const satisfies Record<
  ActorKind,
  { cookieName: string; ownerColumn: "personId" | "staffUserId" | "employerAgentId" }
>;

export const sessionCookieNames = {
  CITIZEN: actorRegistry.CITIZEN.cookieName,
  STAFF: actorRegistry.STAFF.cookieName,
  EMPLOYER: actorRegistry.EMPLOYER.cookieName,
} as const;
