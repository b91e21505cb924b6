import type { DataProtector, PrismaClient } from "@yibao/db";
import type { EmployerRole, Role, SessionStage, StaffRole } from "@yibao/domain";
import type { Scope } from "./access/scope";
import type { MessageGateway } from "./services/messages/message-gateway";

export type { ActorKind as SessionKind } from "@yibao/domain";

/** The client inside `prisma.$transaction(async (tx) => …)`: what a step of a larger use case takes. */
export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** What the HTTP layer lends the API to read and write cookies, so the API needs no Express. */
export interface CookieOptions {
  maxAgeSeconds?: number;
}

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
  stage: SessionStage;
  idleExpiresAt: Date;
}

export interface StaffActor {
  kind: "STAFF";
  sessionId: string;
  staffUserId: string;
  role: StaffRole;
  servicePointId: string;
  /** INSTITUTION_OPERATOR: the designated pharmacy or hospital; null for every other role. */
  institutionId: string | null;
  stage: SessionStage;
  idleExpiresAt: Date;
}

/** An employer's handling agent (单位经办人), signed in for that one employer. */
export interface EmployerActor {
  kind: "EMPLOYER";
  sessionId: string;
  employerAgentId: string;
  employerId: string;
  role: EmployerRole;
  stage: SessionStage;
  idleExpiresAt: Date;
}

export type Actor = CitizenActor | StaffActor | EmployerActor;

/**
 * Yibao's own scheduled work acting on records (a job of the queue): never signed in, holding no
 * role. It records only what the workflow table gives `SYSTEM` (the pickup period ending, a due
 * date settled by the calendar), and the audit trail names the job.
 */
export interface SystemActor {
  kind: "SYSTEM";
  /** The job's name, e.g. `cards.expire-uncollected`. */
  job: string;
}

export interface ApiLogger {
  error(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/**
 * Work the API hands to the job queue (the server wires it to pg-boss; tests drive their own):
 * the job's name and its input, ids only. Sending commits nothing of the caller's: the job reads
 * what the request wrote, so it is sent once that is committed.
 */
export interface JobPort {
  send(name: string, data: Record<string, string>): Promise<void>;
}

/** Everything a request brings to the API. Built by the server once per request. */
export interface ApiContext {
  prisma: PrismaClient;
  protector: DataProtector;
  messages: MessageGateway;
  /** The clock; rules never read it themselves. */
  now: () => Date;
  cookies: CookieJar;
  /** A valid IP address, or null: never a string the caller chose. */
  clientAddress: string | null;
  logger: ApiLogger;
  /** Development-only tools (the SMS outbox view) answer NOT_FOUND in production. */
  production: boolean;
  jobs: JobPort;
}

/**
 * What a use case receives: the database, the protector of personal data, the message gateway,
 * the moment it runs at, who acts (when signed in) and whose records they reach.
 */
export interface ServiceContext<A extends Actor | SystemActor | null = Actor | null> {
  prisma: PrismaClient;
  protector: DataProtector;
  messages: MessageGateway;
  now: Date;
  actor: A;
  scope: A extends Actor ? Scope : null;
  clientAddress: string | null;
  production: boolean;
}

export { sessionCookieNames } from "./access/actor-registry";
