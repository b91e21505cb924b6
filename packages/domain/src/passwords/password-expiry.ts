const DAY_MS = 86_400_000;

/**
 * When a password set at `changedAt` must be changed. China keeps no summer time, so a day is
 * always 24 hours.
 */
export function passwordExpiresAt(changedAt: Date, maxAgeDays: number): Date {
  if (!Number.isInteger(maxAgeDays) || maxAgeDays < 1) {
    throw new RangeError(`maxAgeDays must be a whole number of days, 1 or more, got ${maxAgeDays}`);
  }
  return new Date(changedAt.getTime() + maxAgeDays * DAY_MS);
}

/** Whether a password set at `changedAt` has expired at `now`: from its expiry moment on. */
export function isPasswordExpired(changedAt: Date, now: Date, maxAgeDays: number): boolean {
  return now.getTime() >= passwordExpiresAt(changedAt, maxAgeDays).getTime();
}
