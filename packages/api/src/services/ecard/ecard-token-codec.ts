import type { DataProtector } from "@yibao/db";
import { errors, jwtVerify, SignJWT } from "jose";

// A JWS (RFC 7515) signed with HMAC-SHA-256 by a key only the server holds: jose has no SM
// algorithms, and the token lives a minute (docs/security.md). It carries nothing about the
// person, only the id of its `ecard_token` row.
const issuer = "yibao";
const audience = "yibao:ecard";
const type = "yibao-ecard+jwt";

/** The QR code's text for the token row `id`, valid until `expiresAt`. */
export function signEcardToken(
  protector: DataProtector,
  token: { id: string; issuedAt: Date; expiresAt: Date },
): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: type })
    .setIssuer(issuer)
    .setAudience(audience)
    .setJti(token.id)
    .setIssuedAt(Math.floor(token.issuedAt.getTime() / 1000))
    .setExpirationTime(Math.floor(token.expiresAt.getTime() / 1000))
    .sign(protector.tokenKey("ecard-token"));
}

/**
 * The token row's id when `text` is a token Yibao signed and it has not expired at `now`;
 * otherwise null (forged, altered, expired, or not a token at all). Whether it was used is the
 * database's question, answered when it is consumed.
 */
export async function verifyEcardToken(
  protector: DataProtector,
  text: string,
  now: Date,
): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(text.trim(), protector.tokenKey("ecard-token"), {
      algorithms: ["HS256"],
      issuer,
      audience,
      typ: type,
      currentDate: now,
      clockTolerance: 0,
    });
    return typeof payload.jti === "string" ? payload.jti : null;
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
