import { Prisma } from "@yibao/db";
import type { ApplicationStatus, EmployerBatchQueueState } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { type BatchCounts, batchCountsOf } from "./batch-counts";

export interface QueuedBatch {
  id: string;
  submittedAt: string;
  employer: { name: string; creditCode: string };
  agent: { name: string };
  /** The rows the sheet held, and how many of them became applications. */
  rowCount: number;
  state: EmployerBatchQueueState;
  decidedAt: string | null;
  counts: BatchCounts;
}

/**
 * The county centre's queue of employers' batches (单位批量申领), oldest submission first so none
 * waits unseen, a page at a time: who sent each, when, how many rows, and how its cards stand.
 * The employees' names are not in it, so listing reads no one's data.
 */
export async function listEmployerBatches(
  ctx: ServiceContext<StaffActor>,
  input: {
    state?: EmployerBatchQueueState | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<{ items: QueuedBatch[]; nextCursor: string | null }> {
  if (ctx.scope.kind !== "COUNTY") return { items: [], nextCursor: null };
  const decision =
    input.state === undefined ? undefined : input.state === "TO_DECIDE" ? null : input.state;
  const batches = await ctx.prisma.employerBatch
    .findMany({
      where: { status: "SUBMITTED", ...(decision === undefined ? {} : { decision }) },
      include: {
        employer: { select: { name: true, creditCode: true } },
        agent: { select: { name: true } },
      },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: input.limit + 1,
      ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    })
    .catch((error: unknown) => {
      // A cursor naming no batch (a stale or made-up one) is the caller's mistake.
      if (error instanceof Prisma.PrismaClientKnownRequestError) {
        throw new DomainError("VALIDATION_FAILED", {
          issues: [{ path: ["cursor"], code: "CURSOR" }],
        });
      }
      throw error;
    });
  const page = batches.slice(0, input.limit);
  const statuses =
    page.length === 0
      ? []
      : await ctx.prisma.$queryRaw<
          { batch_id: string; status: ApplicationStatus; count: number }[]
        >`
          SELECT r.batch_id::text AS batch_id, a.status::text AS status, count(*)::int AS count
            FROM employer_batch_row r
            JOIN card_application a ON a.batch_row_id = r.id
           WHERE r.batch_id IN (${Prisma.join(page.map((batch) => Prisma.sql`${batch.id}::uuid`))})
           GROUP BY r.batch_id, a.status`;
  return {
    items: page.map((batch) => ({
      id: batch.id,
      submittedAt: (batch.submittedAt ?? batch.createdAt).toISOString(),
      employer: { name: batch.employer.name, creditCode: batch.employer.creditCode },
      agent: { name: batch.agent.name },
      rowCount: batch.rowCount ?? 0,
      state: (batch.decision ?? "TO_DECIDE") as EmployerBatchQueueState,
      decidedAt: batch.decidedAt?.toISOString() ?? null,
      counts: batchCountsOf(statuses.filter((row) => row.batch_id === batch.id)),
    })),
    nextCursor: batches.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
