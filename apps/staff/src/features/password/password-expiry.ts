/** The notice about a password that must soon be changed shows in its last 14 days. */
export const expiryNoticeDays = 14;

const dayMs = 86_400_000;

/**
 * Whole days until a password expires, counted up (10 hours left is "1 day"); 0 once it has. Null
 * for a password that does not age.
 */
export function daysUntilExpiry(passwordExpiresAt: string | null, nowMs: number): number | null {
  if (passwordExpiresAt === null) return null;
  return Math.max(0, Math.ceil((Date.parse(passwordExpiresAt) - nowMs) / dayMs));
}

export function isExpirySoon(passwordExpiresAt: string | null, nowMs: number): boolean {
  const days = daysUntilExpiry(passwordExpiresAt, nowMs);
  return days !== null && days <= expiryNoticeDays;
}
