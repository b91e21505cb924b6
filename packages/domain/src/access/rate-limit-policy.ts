/**
 * How often a client may knock (issue "Identity": rate limits on both logins and on every write).
 * A bucket allows `limit` hits per fixed window of `windowSeconds`. The figures keep a county's
 * busiest counter (a dozen clerks behind one address at 9 a.m.) well inside, and an attacker to
 * a trickle: one address gets 20 login attempts a minute, and the whole server 30 a second, which
 * is what two cores spend on argon2 without starving the signed-in.
 */
export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export const rateLimitPolicy = {
  loginPerAddress: { limit: 20, windowSeconds: 60 },
  loginPerAccount: { limit: 60, windowSeconds: 900 },
  loginOverall: { limit: 300, windowSeconds: 10 },
  verificationPerAddress: { limit: 10, windowSeconds: 3600 },
  verificationPerPerson: { limit: 5, windowSeconds: 3600 },
  verificationResend: { limit: 1, windowSeconds: 60 },
  passwordCheckPerActor: { limit: 5, windowSeconds: 900 },
  writePerAddress: { limit: 600, windowSeconds: 60 },
  writePerActor: { limit: 120, windowSeconds: 60 },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitBucket = keyof typeof rateLimitPolicy;

/** The start of the fixed window that `now` falls in, and the seconds until the next one. */
export function rateLimitWindow(
  rule: RateLimitRule,
  now: Date,
): { start: Date; retryAfterSeconds: number } {
  const windowMs = rule.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return {
    start: new Date(start),
    retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)),
  };
}
