import type { ActorKind } from "@yibao/domain";

/**
 * The kinds of account that sign in, and what each brings: its cookie. A browser may hold one
 * session of each kind (a clerk who is also insured); the cookie of one kind never opens another
 * kind's procedures. The employer's handling agent joins here with the employer issue.
 */
export const actorRegistry = {
  CITIZEN: { cookieName: "yibao_citizen_session" },
  STAFF: { cookieName: "yibao_staff_session" },
} as const satisfies Record<ActorKind, { cookieName: string }>;

export const sessionCookieNames = {
  CITIZEN: actorRegistry.CITIZEN.cookieName,
  STAFF: actorRegistry.STAFF.cookieName,
} as const;
