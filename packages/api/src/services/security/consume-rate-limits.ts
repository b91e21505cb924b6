import type { PrismaClient } from "@yibao/db";
import { type RateLimitBucket, rateLimitPolicy, rateLimitWindow } from "@yibao/domain";
import { DomainError } from "../../errors";

export interface RateLimitHit {
  bucket: RateLimitBucket;
  /** Who is counted: an address, an account key, an actor id; "*" for the whole server. */
  subject: string;
}

interface CountRow {
  key: string;
  hits: number;
}

/**
 * Counts one hit in each bucket and refuses with RATE_LIMITED (and the seconds to wait) when any
 * is over its limit. One statement for all the buckets, on the database every server process
 * shares, so the limits hold across processes. A fixed window per bucket: simple, one row per
 * key, and an attacker gains at most one window's worth at a boundary.
 */
export async function consumeRateLimits(
  prisma: Pick<PrismaClient, "$queryRawUnsafe">,
  hits: readonly RateLimitHit[],
  now: Date,
): Promise<void> {
  if (hits.length === 0) return;
  const values: unknown[] = [];
  const rows = hits.map((hit, index) => {
    const window = rateLimitWindow(rateLimitPolicy[hit.bucket], now);
    values.push(`${hit.bucket}:${hit.subject}`, window.start);
    return `($${index * 2 + 1}, $${index * 2 + 2}::timestamptz, 1)`;
  });
  const counted = await prisma.$queryRawUnsafe<CountRow[]>(
    `INSERT INTO rate_limit_bucket AS b (key, window_start, hits) VALUES ${rows.join(", ")}
     ON CONFLICT (key) DO UPDATE
       SET hits = CASE WHEN b.window_start = EXCLUDED.window_start THEN b.hits + 1 ELSE 1 END,
           window_start = EXCLUDED.window_start
     RETURNING key, hits`,
    ...values,
  );
  let retryAfterSeconds = 0;
  for (const hit of hits) {
    const rule = rateLimitPolicy[hit.bucket];
    const row = counted.find((candidate) => candidate.key === `${hit.bucket}:${hit.subject}`);
    if (row && Number(row.hits) > rule.limit) {
      retryAfterSeconds = Math.max(retryAfterSeconds, rateLimitWindow(rule, now).retryAfterSeconds);
    }
  }
  if (retryAfterSeconds > 0) throw new DomainError("RATE_LIMITED", { retryAfterSeconds });
}
