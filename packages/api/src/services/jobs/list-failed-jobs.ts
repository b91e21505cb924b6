import type { ServiceContext } from "../../context";

interface FailedJobRow {
  id: string;
  name: string;
  failed_at: Date | null;
  created_at: Date;
  retries: number;
  retry_limit: number;
  message: string | null;
}

const shown = 100;
// An error's first lines are what an administrator needs; the rest is in the server's log.
const messageLength = 500;

/**
 * Background jobs that failed after their last retry, newest first, as pg-boss keeps them
 * (`pgboss.job`, state `failed`; the error is the job's `output.message`, never its stack).
 * Before the job queue first started in this database there is no `pgboss` schema: no failures.
 */
export async function listFailedJobs(ctx: Pick<ServiceContext, "prisma">) {
  const [installed] = await ctx.prisma.$queryRaw<{ present: boolean }[]>`
    SELECT to_regclass('pgboss.job') IS NOT NULL AS present`;
  if (!installed?.present) return { items: [] };
  const rows = await ctx.prisma.$queryRaw<FailedJobRow[]>`
    SELECT id::text AS id, name, completed_on AS failed_at, created_on AS created_at,
           retry_count AS retries, retry_limit, output->>'message' AS message
      FROM pgboss.job
     WHERE state = 'failed'
     ORDER BY completed_on DESC NULLS LAST, id DESC
     LIMIT ${shown}`;
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      failedAt: (row.failed_at ?? row.created_at).toISOString(),
      queuedAt: row.created_at.toISOString(),
      retries: Number(row.retries),
      retryLimit: Number(row.retry_limit),
      error: row.message === null ? null : row.message.slice(0, messageLength),
    })),
  };
}
