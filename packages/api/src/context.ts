import type { PrismaClient } from "@yibao/db";
import type { Role } from "@yibao/domain";

/** The cookie names of the two kinds of session; a browser may hold both (a clerk who is also insured). */
export const sessionCookieNames = {
  CITIZEN: "yibao_citizen_session",
  STAFF: "yibao_staff_session",
} as const;
export type SessionKind = keyof typeof sessionCookieNames;

export interface CookieOptions {
  maxAgeSeconds?: number;
}

/** What the HTTP layer lends the API to read and write cookies, so the API needs no Express. */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options?: CookieOptions): void;
  clear(name: string): void;
}

export interface CitizenActor {
  kind: "CITIZEN";
  sessionId: string;
  personId: string;
  role: Extract<Role, "INSURED">;
  idleExpiresAt: Date;
}

export interface StaffActor {
  kind: "STAFF";
  sessionId: string;
  staffUserId: string;
  role: Exclude<Role, "INSURED">;
  servicePointId: string;
  idleExpiresAt: Date;
}

export type Actor = CitizenActor | StaffActor;

export interface ApiLogger {
  error(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/** Everything a request brings to the API. Built by the server once per request. */
export interface ApiContext {
  prisma: PrismaClient;
  /** The clock; rules never read it themselves. */
  now: () => Date;
  cookies: CookieJar;
  clientAddress: string | null;
  logger: ApiLogger;
}

/** What a use case receives: the database, the moment it runs at, and (when signed in) who acts. */
export interface ServiceContext<A extends Actor | null = Actor | null> {
  prisma: PrismaClient;
  now: Date;
  actor: A;
  clientAddress: string | null;
}
