import type { PrismaClient } from "@yibao/db";
import { loginLockoutPolicy } from "@yibao/domain";

type Sql = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

export interface LoginThrottleKey {
  /** A keyed hash of the typed identifier: the same for a real and an unknown account. */
  accountKey: string;
  /** The client address, or "unknown" when there is none. */
  clientKey: string;
}

interface ReserveRow {
  attempts: number;
  locked_until: Date | null;
}

/**
 * Counts an attempt *before* the password is checked, in one conditional upsert: at most
 * `maxFailures` attempts per lock window are ever let through to the check, however many arrive
 * at once. Answers the lock's end when the attempt is refused.
 */
export async function reserveLoginAttempt(
  prisma: Sql,
  key: LoginThrottleKey,
  now: Date,
): Promise<{ allowed: true } | { allowed: false; lockedUntil: Date }> {
  const windowStart = new Date(now.getTime() - loginLockoutPolicy.windowMinutes * 60_000);
  const lockFor = new Date(now.getTime() + loginLockoutPolicy.lockMinutes * 60_000);
  const rows = await prisma.$queryRaw<ReserveRow[]>`
    INSERT INTO login_throttle AS t (account_key, client_key, attempts, window_starts_at, locked_until)
    VALUES (${key.accountKey}, ${key.clientKey}, 1, ${now}, NULL)
    ON CONFLICT (account_key, client_key) DO UPDATE SET
      attempts = CASE
        WHEN t.locked_until IS NOT NULL AND t.locked_until > ${now} THEN t.attempts
        WHEN t.locked_until IS NOT NULL OR t.window_starts_at <= ${windowStart} THEN 1
        ELSE t.attempts + 1 END,
      window_starts_at = CASE
        WHEN t.locked_until IS NOT NULL AND t.locked_until > ${now} THEN t.window_starts_at
        WHEN t.locked_until IS NOT NULL OR t.window_starts_at <= ${windowStart} THEN ${now}
        ELSE t.window_starts_at END,
      locked_until = CASE
        WHEN t.locked_until IS NOT NULL AND t.locked_until > ${now} THEN t.locked_until
        WHEN t.locked_until IS NULL AND t.window_starts_at > ${windowStart}
             AND t.attempts + 1 > ${loginLockoutPolicy.maxFailures} THEN ${lockFor}::timestamptz
        ELSE NULL END,
      lock_notified = CASE
        WHEN t.locked_until IS NOT NULL AND t.locked_until <= ${now} THEN false
        WHEN t.locked_until IS NULL AND t.window_starts_at <= ${windowStart} THEN false
        ELSE t.lock_notified END
    RETURNING attempts, locked_until`;
  const row = rows[0];
  if (!row) throw new Error("the login throttle answered no row");
  if (row.locked_until && new Date(row.locked_until).getTime() > now.getTime()) {
    return { allowed: false, lockedUntil: new Date(row.locked_until) };
  }
  return { allowed: true };
}

/**
 * After a failed check: the failure that used the last allowed attempt locks the account for
 * this address (a reservation past the limit may have locked it already). Answers the lock's end,
 * and `tellPerson` true to exactly one of all the attempts that meet the lock, so the person gets
 * one text per lock; null while tries remain.
 */
export async function recordLoginFailure(
  prisma: Sql,
  key: LoginThrottleKey,
  now: Date,
): Promise<{ lockedUntil: Date; tellPerson: boolean } | null> {
  const lockFor = new Date(now.getTime() + loginLockoutPolicy.lockMinutes * 60_000);
  const locked = await prisma.$queryRaw<{ locked_until: Date }[]>`
    UPDATE login_throttle
       SET locked_until = COALESCE(locked_until, ${lockFor}::timestamptz)
     WHERE account_key = ${key.accountKey} AND client_key = ${key.clientKey}
       AND attempts >= ${loginLockoutPolicy.maxFailures}
    RETURNING locked_until`;
  const row = locked[0];
  if (!row) return null;
  const told = await prisma.$executeRaw`
    UPDATE login_throttle SET lock_notified = true
     WHERE account_key = ${key.accountKey} AND client_key = ${key.clientKey}
       AND NOT lock_notified`;
  return { lockedUntil: new Date(row.locked_until), tellPerson: told === 1 };
}

/**
 * Inside the transaction that starts the session: locks the throttle row and refuses when a
 * concurrent failure locked it meanwhile, otherwise clears it. The right password during a lock
 * never signs in.
 */
export async function clearLoginThrottleOnSuccess(
  tx: Sql,
  key: LoginThrottleKey,
  now: Date,
): Promise<{ ok: true } | { ok: false; lockedUntil: Date }> {
  const rows = await tx.$queryRaw<{ locked_until: Date | null }[]>`
    SELECT locked_until FROM login_throttle
     WHERE account_key = ${key.accountKey} AND client_key = ${key.clientKey}
     FOR UPDATE`;
  const lockedUntil = rows[0]?.locked_until;
  if (lockedUntil && new Date(lockedUntil).getTime() > now.getTime()) {
    return { ok: false, lockedUntil: new Date(lockedUntil) };
  }
  await tx.$executeRaw`
    DELETE FROM login_throttle WHERE account_key = ${key.accountKey} AND client_key = ${key.clientKey}`;
  return { ok: true };
}

/** Lifts every lock of one account, from every address (the counter's unlock, a password reset). */
export async function clearLoginThrottles(prisma: Sql, accountKey: string): Promise<number> {
  return prisma.$executeRaw`DELETE FROM login_throttle WHERE account_key = ${accountKey}`;
}
