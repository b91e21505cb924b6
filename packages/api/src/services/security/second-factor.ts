import { randomBytes } from "node:crypto";
import type { DataProtector } from "@yibao/db";
import { createGuardrails, generateSecret, generateURI, verify } from "otplib";

const period = 30;
// The published demo secret (JBSWY3DPEHPK3PXP) is 10 bytes; new secrets are 20 (RFC 4226 asks
// for at least 16). Accepting 10 keeps the README's authenticator URI working.
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

/** A new TOTP secret (RFC 6238, base32, 160 bits) and the URI an authenticator app scans. */
export function newTotpSecret(label: string): { secret: string; otpauthUri: string } {
  const secret = generateSecret({ length: 20 });
  return { secret, otpauthUri: generateURI({ issuer: "Yibao", label, secret }) };
}

export function totpUriFor(label: string, secret: string): string {
  return generateURI({ issuer: "Yibao", label, secret });
}

/**
 * The 30-second step a 6-digit code is valid for at `now` (one step of clock drift either way),
 * or null. The caller refuses a step at or before the last one accepted: a code works once.
 */
export async function totpStepFor(secret: string, code: string, now: Date): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: period, guardrails });
  return result.valid ? Math.floor(epoch / period) + result.delta : null;
}

const recoveryAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

/** Ten one-time recovery codes, `xxxx-xxxx` (40 bits each, no look-alike characters). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(8);
    const chars = Array.from(bytes, (byte) => recoveryAlphabet[byte % recoveryAlphabet.length]);
    return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
  });
}

export function isRecoveryCodeShape(code: string): boolean {
  return /^[a-z2-9]{4}-?[a-z2-9]{4}$/i.test(code.trim());
}

/** Recovery codes are kept as keyed hashes: useless without the index key. */
export function recoveryCodeHash(protector: DataProtector, code: string): string {
  return protector.identifierKey("recovery-code", code.trim().toLowerCase().replace("-", ""));
}
