import { createHash, randomBytes } from "node:crypto";

/** A new session token for the cookie; only its hash is stored, so a database leak opens no session. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sessionIdFor(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens we issued are 43 base64url characters; anything else is not looked up at all. */
export function isWellFormedToken(token: string | undefined): token is string {
  return token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token);
}
