import type { JobDefinition } from "../job-definition";

/**
 * How long spent security rows are kept. A day is far past the longest rule that reads them (a
 * one-hour rate-limit window, a 30-minute lock, a 5-minute code), so nothing is deleted while a
 * rule could still count it, and last night's throttling can still be looked at in the morning.
 */
const keptForMs = 24 * 60 * 60 * 1000;

/**
 * Deletes what the sign-in and verification rules no longer read: expired sessions, old
 * rate-limit windows, ended login locks, old one-time codes and e-card QR codes expired a day ago
 * (a settlement keeps the id of the code it was paid with, which is all a retry compares). Each delete is one statement on
 * its own, so nothing is held locked between them; a second run at the same moment deletes nothing.
 */
export const securityCleanUp: JobDefinition = {
  name: "security.clean-up",
  schedule: "*/10 * * * *",
  retry: { limit: 3, delaySeconds: 30, backoff: true },
  async run({ database, now }) {
    const { prisma } = database;
    const before = new Date(now.getTime() - keptForMs);
    // Expired as resolveSession sees it: valid only while idle_expires_at > now.
    const sessions = await prisma.$executeRaw`
      DELETE FROM session WHERE idle_expires_at <= ${now} OR absolute_expires_at <= ${now}`;
    const rateLimitBuckets = await prisma.$executeRaw`
      DELETE FROM rate_limit_bucket WHERE window_start < ${before}`;
    const loginThrottles = await prisma.$executeRaw`
      DELETE FROM login_throttle
       WHERE (locked_until IS NULL OR locked_until <= ${now}) AND window_starts_at < ${before}`;
    const verificationChallenges = await prisma.$executeRaw`
      DELETE FROM verification_challenge WHERE created_at < ${before}`;
    const ecardTokens = await prisma.$executeRaw`
      DELETE FROM ecard_token WHERE expires_at < ${before}`;
    return { sessions, rateLimitBuckets, loginThrottles, verificationChallenges, ecardTokens };
  },
};
