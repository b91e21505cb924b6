import { scopeOf } from "../../access/scope";
import type { ServiceContext, SessionKind } from "../../context";
import { getCitizenSession } from "../citizen/get-citizen-session";
import { getEmployerSession } from "../employers/get-employer-session";
import { getStaffSession } from "../staff/get-staff-session";
import { resolveSession } from "./resolve-session";

/**
 * Answers "am I signed in?" for an app at start-up: the profile when the cookie holds a live
 * session of that kind, otherwise null (not an error: being signed out is a normal state).
 */
export async function findCitizenSession(
  ctx: ServiceContext<null>,
  input: { token: string | undefined },
) {
  const actor = await resolveSession(ctx.prisma, {
    kind: "CITIZEN",
    token: input.token,
    now: ctx.now,
  });
  if (actor?.kind !== "CITIZEN") return null;
  return getCitizenSession({ ...ctx, actor, scope: scopeOf(actor) });
}

export async function findStaffSession(
  ctx: ServiceContext<null>,
  input: { token: string | undefined },
) {
  const actor = await resolveSession(ctx.prisma, {
    kind: "STAFF",
    token: input.token,
    now: ctx.now,
  });
  if (actor?.kind !== "STAFF") return null;
  return getStaffSession({ ...ctx, actor, scope: scopeOf(actor) });
}

export async function findEmployerSession(
  ctx: ServiceContext<null>,
  input: { token: string | undefined },
) {
  const actor = await resolveSession(ctx.prisma, {
    kind: "EMPLOYER",
    token: input.token,
    now: ctx.now,
  });
  if (actor?.kind !== "EMPLOYER") return null;
  return getEmployerSession({ ...ctx, actor, scope: scopeOf(actor) });
}

export type { SessionKind };
