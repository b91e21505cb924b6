import type { ActorKind } from "@yibao/domain";
import { sessionCookieNames } from "../../access/actor-registry";
import type { CookieJar, ServiceContext } from "../../context";
import { endSession } from "../../services/auth/end-session";

/** The session cookie lives as long as the browser session; the server enforces the real expiry. */
export function setSessionCookie(cookies: CookieJar, kind: ActorKind, token: string): void {
  cookies.set(sessionCookieNames[kind], token);
}

export function clearSessionCookie(cookies: CookieJar, kind: ActorKind): void {
  cookies.clear(sessionCookieNames[kind]);
}

export function sessionToken(cookies: CookieJar, kind: ActorKind): string | undefined {
  return cookies.get(sessionCookieNames[kind]);
}

/** After a successful sign-in: the browser's earlier session of that kind ends, the new one starts. */
export async function replaceSession(
  ctx: ServiceContext<null>,
  cookies: CookieJar,
  kind: ActorKind,
  token: string,
): Promise<void> {
  await endSession(ctx, { kind, token: sessionToken(cookies, kind) });
  setSessionCookie(cookies, kind, token);
}
