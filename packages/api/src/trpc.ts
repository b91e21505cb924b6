import { initTRPC, type TRPCError } from "@trpc/server";
import { type ActorKind, hasPermission, isOpenAtStage, type Permission } from "@yibao/domain";
import { ZodError } from "zod";
import { actorRegistry } from "./access/actor-registry";
import { scopeOf } from "./access/scope";
import type { Actor, ApiContext, ServiceContext } from "./context";
import { DomainError, type DomainErrorCode, messageFor, toTrpcError } from "./errors";
import { resolveSession } from "./services/auth/resolve-session";
import {
  type CitizenSessionClaim,
  type ClaimedServiceContext,
  claimCitizenSession,
} from "./services/auth/session-claim";
import { isWellFormedToken } from "./services/auth/session-token";
import { consumeRateLimits } from "./services/security/consume-rate-limits";

/**
 * Who may call a procedure. Every procedure declares one (STYLE.md rule 1): the tiers below are
 * the only way to build a procedure, and a test walks the router to prove none is missing.
 */
export type ProcedureAccess =
  | { kind: "public"; reason: string }
  | { kind: "signed-in"; actorKind: ActorKind; permission: Permission };

export interface ProcedureMeta {
  access: ProcedureAccess;
}

export interface FieldIssue {
  path: string[];
  code: string;
}

function domainCodeFor(error: TRPCError): DomainErrorCode {
  if (error.cause instanceof DomainError) return error.cause.code;
  switch (error.code) {
    case "BAD_REQUEST":
    case "PARSE_ERROR":
    case "PAYLOAD_TOO_LARGE":
    case "UNPROCESSABLE_CONTENT":
      return "VALIDATION_FAILED";
    case "UNAUTHORIZED":
      return "UNAUTHENTICATED";
    case "FORBIDDEN":
      return "FORBIDDEN";
    case "NOT_FOUND":
    case "METHOD_NOT_SUPPORTED":
      return "NOT_FOUND";
    default:
      return "INTERNAL";
  }
}

/** Zod issues as field paths and codes: our validators put their reason code in the message. */
function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String),
    code: issue.code === "custom" ? issue.message : issue.code,
  }));
}

const t = initTRPC
  .context<ApiContext>()
  .meta<ProcedureMeta>()
  .create({
    // Plain JSON on the wire (money as integer fen, dates as ISO strings): no transformer.
    isDev: false,
    errorFormatter({ shape, error }) {
      const domainCode = domainCodeFor(error);
      const detail = error.cause instanceof DomainError ? error.cause.detail : {};
      const issues = error.cause instanceof ZodError ? fieldIssues(error.cause) : undefined;
      return {
        code: shape.code,
        // Never the original message: it may be a library's text or, worse, echo the input.
        message: messageFor(domainCode),
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          domainCode,
          ...(issues ? { issues } : {}),
          ...detail,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Known failures thrown by services become tRPC errors with the mapped code. */
const baseProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    throw toTrpcError(result.error.cause);
  }
  return result;
});

function serviceContext<A extends Actor | null>(
  ctx: ApiContext,
  now: Date,
  actor: A,
): ServiceContext<A> {
  return {
    prisma: ctx.prisma,
    protector: ctx.protector,
    messages: ctx.messages,
    now,
    actor,
    scope: (actor ? scopeOf(actor) : null) as ServiceContext<A>["scope"],
    clientAddress: ctx.clientAddress,
    production: ctx.production,
  };
}

/** Open to anyone; the reason is required so that a reviewer can judge it. */
export function publicProcedure(reason: string) {
  return baseProcedure
    .meta({ access: { kind: "public", reason } })
    .use(({ ctx, next }) => next({ ctx: { service: serviceContext(ctx, ctx.now(), null) } }));
}

/**
 * The tiers' check of the actor a session resolved to: UNAUTHENTICATED without a live session of
 * `kind` (the cookie of another kind never counts), FORBIDDEN when the role does not hold
 * `permission` or the session's stage does not open it.
 */
function admitted<K extends ActorKind>(
  kind: K,
  actor: Actor | null,
  permission: Permission,
): Extract<Actor, { kind: K }> {
  if (actor?.kind !== kind) throw toTrpcError(new DomainError("UNAUTHENTICATED"));
  if (!hasPermission(actor.role, permission) || !isOpenAtStage(actor.stage, permission)) {
    throw toTrpcError(new DomainError("FORBIDDEN"));
  }
  return actor as Extract<Actor, { kind: K }>;
}

/**
 * A signed-in actor of `kind` whose role holds `permission`, whose session's stage opens it, in
 * the scope its role reaches. The cookie of another kind never counts, so a staff session opens
 * no citizen procedure and the other way round. Every write is rate limited per actor and per
 * address, on the database every server process shares.
 */
function signedInProcedure<K extends ActorKind>(kind: K, permission: Permission) {
  return baseProcedure
    .meta({ access: { kind: "signed-in", actorKind: kind, permission } })
    .use(async ({ ctx, next, type }) => {
      const now = ctx.now();
      const resolved = await resolveSession(ctx.prisma, {
        kind,
        token: ctx.cookies.get(actorRegistry[kind].cookieName),
        now,
      });
      const actor = admitted(kind, resolved, permission);
      if (type === "mutation") {
        await consumeRateLimits(
          ctx.prisma,
          [
            { bucket: "writePerActor", subject: actor.sessionId },
            { bucket: "writePerAddress", subject: ctx.clientAddress ?? "unknown" },
          ],
          now,
        ).catch((error: unknown) => {
          throw error instanceof DomainError ? toTrpcError(error) : error;
        });
      }
      return next({ ctx: { service: serviceContext(ctx, now, actor) } });
    });
}

/**
 * The citizen's tier for a hot read whose service resolves the session in its own statement
 * (`ClaimedServiceContext`): one round trip instead of two (docs/benchmarks.md, "Account
 * summary"). The tier refuses a malformed cookie itself and hands the service a claim, whose
 * `admit` applies the same check to the session row the statement returned; an answer given
 * without admitting the claim is refused. Queries only: a write is rate limited per actor first.
 */
function inQueryCitizenProcedure(permission: Permission) {
  return baseProcedure
    .meta({ access: { kind: "signed-in", actorKind: "CITIZEN", permission } })
    .use(async ({ ctx, next, type }) => {
      if (type !== "query") throw new Error("Only a query may resolve its session in its SQL.");
      const token = ctx.cookies.get(actorRegistry.CITIZEN.cookieName);
      if (!isWellFormedToken(token)) throw toTrpcError(new DomainError("UNAUTHENTICATED"));
      const now = ctx.now();
      const session: CitizenSessionClaim = claimCitizenSession(token, now, (actor) =>
        admitted("CITIZEN", actor, permission),
      );
      const service: ClaimedServiceContext = { ...serviceContext(ctx, now, null), session };
      const result = await next({ ctx: { service } });
      if (result.ok && !session.admitted) {
        throw new Error("The procedure answered without admitting its session claim.");
      }
      return result;
    });
}

/**
 * A signed-in insured person holding `permission`; the scope is always the person's own records.
 * `{ session: "in-query" }` leaves the session to the service's own statement
 * (`inQueryCitizenProcedure`).
 */
export function citizenProcedure(
  permission: Permission,
): ReturnType<typeof signedInProcedure<"CITIZEN">>;
export function citizenProcedure(
  permission: Permission,
  options: { session: "in-query" },
): ReturnType<typeof inQueryCitizenProcedure>;
export function citizenProcedure(permission: Permission, options?: { session: "in-query" }) {
  return options?.session === "in-query"
    ? inQueryCitizenProcedure(permission)
    : signedInProcedure("CITIZEN", permission);
}

/** A signed-in staff member whose role holds `permission`; `ctx.service.scope` bounds what they reach. */
export function staffProcedure(permission: Permission) {
  return signedInProcedure("STAFF", permission);
}

/**
 * A signed-in handling agent of an employer, holding `permission`, authorised today; the scope is
 * always that one employer's records.
 */
export function employerProcedure(permission: Permission) {
  return signedInProcedure("EMPLOYER", permission);
}
