import type { Role } from "@yibao/domain";
import type { callerWithSession } from "../testing/session-for";

// Test support: the access matrix (access-matrix.test.ts) is written out by hand, one file an
// area, so that a new procedure without a line fails the test.

/** Ids the inputs refer to, made once per database. */
export interface Fixture {
  targetClerkId: string;
  targetAuditorId: string;
  otherPersonId: string;
}

export type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

export interface Entry {
  /** Who may call it: "public", or the roles that may (everyone else is refused). */
  allowed: "public" | readonly Role[];
  /** A well-formed call as `role`; the test checks who is refused, not what the answer is. */
  call?: (caller: Caller, fixture: Fixture, role: Role) => Promise<unknown>;
  /** Writes that are not audited, with the reason. */
  notAudited?: string;
}

/** An id no row has: the calls check who is refused, before any look-up. */
export const noSuchId = "00000000-0000-4000-8000-000000000000";
