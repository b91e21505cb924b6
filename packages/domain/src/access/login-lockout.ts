/**
 * Lockout after repeated wrong passwords (issue "Foundation": 5 failures lock the account for
 * 30 minutes). Pure: the caller supplies the moment and the stored counters.
 */
export const loginLockoutPolicy = {
  maxFailures: 5,
  lockMinutes: 30,
} as const;

export interface LoginLockState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

/** Whether a sign-in may be attempted at `now`; a lock that has run out no longer counts. */
export function isLockedOut(state: LoginLockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The counters after one more wrong password. The failure that reaches the limit locks the
 * account and starts a fresh count, so the person gets the full number of tries once the lock ends.
 */
export function afterFailedLogin(failedLoginCount: number, now: Date): LoginLockState {
  const failures = failedLoginCount + 1;
  if (failures >= loginLockoutPolicy.maxFailures) {
    return {
      failedLoginCount: 0,
      lockedUntil: new Date(now.getTime() + loginLockoutPolicy.lockMinutes * 60_000),
    };
  }
  return { failedLoginCount: failures, lockedUntil: null };
}
