import { initTRPC, type TRPCError } from "@trpc/server";
import { hasPermission, type Permission } from "@yibao/domain";
import { ZodError } from "zod";
import type { Actor, ApiContext, ServiceContext, SessionKind } from "./context";
import { sessionCookieNames } from "./context";
import { DomainError, type DomainErrorCode, messageFor, toTrpcError } from "./errors";
import { resolveSession } from "./services/auth/resolve-session";

/**
 * Who may call a procedure. Every procedure declares one (STYLE.md rule 1): the tiers below are
 * the only way to build a procedure, and a test walks the router to prove none is missing.
 */
export type ProcedureAccess =
  | { kind: "public"; reason: string }
  | { kind: "citizen"; permission: Permission }
  | { kind: "staff"; permission: Permission };

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

/** Open to anyone; the reason is required so that a reviewer can judge it. */
export function publicProcedure(reason: string) {
  return baseProcedure.meta({ access: { kind: "public", reason } }).use(({ ctx, next }) =>
    next({
      ctx: {
        service: {
          prisma: ctx.prisma,
          now: ctx.now(),
          actor: null,
          clientAddress: ctx.clientAddress,
        } satisfies ServiceContext<null>,
      },
    }),
  );
}

/**
 * A signed-in actor of `kind` whose role holds `permission`. The cookie of the other kind never
 * counts, so a staff session opens no citizen procedure and the other way round.
 */
function signedInProcedure<K extends SessionKind>(kind: K, permission: Permission) {
  return baseProcedure
    .meta({ access: { kind: kind === "CITIZEN" ? "citizen" : "staff", permission } })
    .use(async ({ ctx, next }) => {
      const now = ctx.now();
      const actor = await resolveSession(ctx.prisma, {
        kind,
        token: ctx.cookies.get(sessionCookieNames[kind]),
        now,
      });
      if (actor?.kind !== kind) throw toTrpcError(new DomainError("UNAUTHENTICATED"));
      if (!hasPermission(actor.role, permission)) throw toTrpcError(new DomainError("FORBIDDEN"));
      const service: ServiceContext<Extract<Actor, { kind: K }>> = {
        prisma: ctx.prisma,
        now,
        actor: actor as Extract<Actor, { kind: K }>,
        clientAddress: ctx.clientAddress,
      };
      return next({ ctx: { service } });
    });
}

/** A signed-in insured person holding `permission`; the scope is always the person's own records. */
export function citizenProcedure(permission: Permission) {
  return signedInProcedure("CITIZEN", permission);
}

/** A signed-in staff member whose role holds `permission`; scope checks use `actor.servicePointId`. */
export function staffProcedure(permission: Permission) {
  return signedInProcedure("STAFF", permission);
}
