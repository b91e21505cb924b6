import { initTRPC, type TRPCError } from "@trpc/server";
import { type ActorKind, hasPermission, isOpenAtStage, type Permission } from "@yibao/domain";
import { ZodError } from "zod";
import { actorRegistry } from "./access/actor-registry";
import { scopeOf } from "./access/scope";
import type { Actor, ApiContext, ServiceContext } from "./context";
import { DomainError, type DomainErrorCode, messageFor, toTrpcError } from "./errors";
import { resolveSession } from "./services/auth/resolve-session";
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
      const actor = await resolveSession(ctx.prisma, {
        kind,
        token: ctx.cookies.get(actorRegistry[kind].cookieName),
        now,
      });
      if (actor?.kind !== kind) throw toTrpcError(new DomainError("UNAUTHENTICATED"));
      if (!hasPermission(actor.role, permission) || !isOpenAtStage(actor.stage, permission)) {
        throw toTrpcError(new DomainError("FORBIDDEN"));
      }
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
      const service = serviceContext(ctx, now, actor as Extract<Actor, { kind: K }>);
      return next({ ctx: { service } });
    });
}

/** A signed-in insured person holding `permission`; the scope is always the person's own records. */
export function citizenProcedure(permission: Permission) {
  return signedInProcedure("CITIZEN", permission);
}

/** A signed-in staff member whose role holds `permission`; `ctx.service.scope` bounds what they reach. */
export function staffProcedure(permission: Permission) {
  return signedInProcedure("STAFF", permission);
}
