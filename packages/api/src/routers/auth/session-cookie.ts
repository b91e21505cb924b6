import type { CookieJar, SessionKind } from "../../context";
import { sessionCookieNames } from "../../context";

/** The session cookie lives as long as the browser session; the server enforces the real expiry. */
export function setSessionCookie(cookies: CookieJar, kind: SessionKind, token: string): void {
  cookies.set(sessionCookieNames[kind], token);
}

export function clearSessionCookie(cookies: CookieJar, kind: SessionKind): void {
  cookies.clear(sessionCookieNames[kind]);
}

export function sessionToken(cookies: CookieJar, kind: SessionKind): string | undefined {
  return cookies.get(sessionCookieNames[kind]);
}
