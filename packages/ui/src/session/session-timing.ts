/** The warning comes 2 minutes before the idle deadline (WCAG 2.2.1: at least 20 seconds to react). */
export const warnBeforeMs = 2 * 60_000;
/** Working with the page extends the session, but at most once a minute. */
export const extendThrottleMs = 60_000;

export type SessionPhase = "active" | "warning" | "expired";

export function sessionPhase(nowMs: number, idleExpiresAtMs: number): SessionPhase {
  if (nowMs >= idleExpiresAtMs) return "expired";
  if (nowMs >= idleExpiresAtMs - warnBeforeMs) return "warning";
  return "active";
}

export function shouldExtendOnActivity(nowMs: number, lastExtendedAtMs: number): boolean {
  return nowMs - lastExtendedAtMs >= extendThrottleMs;
}

/** Whole minutes and seconds left, for the countdown in the warning. */
export function remainingTime(
  nowMs: number,
  idleExpiresAtMs: number,
): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil((idleExpiresAtMs - nowMs) / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
