import type { ServiceContext, SystemActor } from "../../context";
import { checkEmployerBatch } from "./check-employer-batch";

/** A check longer ago than this is taken for one whose job was lost (a 10,000-row file takes seconds). */
const stalledAfterMs = 10 * 60_000;
/** Batches resumed per run: a backlog is worked off over a few runs, never all at once. */
const perRun = 5;

/**
 * Finishes checks whose job never ran: the batch was committed but the request's send to the
 * queue was lost (the process died in between), or the job failed for good. The check is safe to
 * run twice, so a batch whose job is merely slow is not harmed.
 */
export async function resumeBatchChecks(
  ctx: ServiceContext<SystemActor>,
): Promise<Record<string, number>> {
  const stalled = await ctx.prisma.employerBatch.findMany({
    where: { status: "CHECKING", createdAt: { lt: new Date(ctx.now.getTime() - stalledAfterMs) } },
    orderBy: { createdAt: "asc" },
    take: perRun,
    select: { id: true },
  });
  for (const batch of stalled) await checkEmployerBatch(ctx, { batchId: batch.id });
  return { resumed: stalled.length };
}
