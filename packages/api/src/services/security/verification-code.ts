import { randomInt, timingSafeEqual } from "node:crypto";
import type { DataProtector } from "@yibao/db";
import { verificationPolicy } from "@yibao/domain";

/** A fresh 6-digit code, uniformly drawn. */
export function newVerificationCode(): string {
  return String(randomInt(0, 10 ** verificationPolicy.digits)).padStart(
    verificationPolicy.digits,
    "0",
  );
}

/** Codes are kept only as a keyed hash bound to their challenge. */
export function verificationCodeHash(
  protector: DataProtector,
  challengeId: string,
  code: string,
): string {
  return protector.identifierKey("verification-code", `${challengeId}:${code}`);
}

export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
