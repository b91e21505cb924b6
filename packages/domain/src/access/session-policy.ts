/**
 * How long a signed-in session lives. Idle: 30 minutes without a request ends it (the apps warn
 * before and let the person extend it). Absolute: a session never outlives a working day.
 */
export const sessionPolicy = {
  idleMinutes: 30,
  absoluteHours: 12,
} as const;

export interface SessionExpiry {
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

export function newSessionExpiry(now: Date): SessionExpiry {
  const absoluteExpiresAt = new Date(now.getTime() + sessionPolicy.absoluteHours * 3_600_000);
  return { idleExpiresAt: extendedIdleExpiry(now, absoluteExpiresAt), absoluteExpiresAt };
}

/** Activity at `now` moves the idle deadline on, but never past the absolute one. */
export function extendedIdleExpiry(now: Date, absoluteExpiresAt: Date): Date {
  const idle = now.getTime() + sessionPolicy.idleMinutes * 60_000;
  return new Date(Math.min(idle, absoluteExpiresAt.getTime()));
}
