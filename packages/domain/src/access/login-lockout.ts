/**
 * Lockout after repeated failed sign-ins (issue "Identity"): 5 failures from one client address
 * lock that account *for that address* for 30 minutes, so failures from elsewhere never lock the
 * person out where they usually sign in. Failures older than the window are forgotten.
 */
export const loginLockoutPolicy = {
  maxFailures: 5,
  lockMinutes: 30,
  /** Failures further apart than this start a fresh count. */
  windowMinutes: 30,
} as const;
