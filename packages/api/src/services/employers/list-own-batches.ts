import { batchFileErrorCodeSchema } from "@yibao/domain";
import type { EmployerActor, ServiceContext } from "../../context";

/**
 * The employer's batches, newest first, a page at a time (`cursor`: the last batch of the page
 * before): what the portal's list shows, without reading any file's bytes.
 */
export async function listOwnBatches(
  ctx: ServiceContext<EmployerActor>,
  input: { limit: number; cursor?: string | undefined },
) {
  const batches = await ctx.prisma.employerBatch.findMany({
    where: { employerId: ctx.actor.employerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      status: true,
      createdAt: true,
      submittedAt: true,
      rowCount: true,
      validCount: true,
      fileErrorCode: true,
      uploadId: true,
      agent: { select: { name: true } },
      _count: { select: { rows: { where: { personId: { not: null } } } } },
    },
  });
  const page = batches.slice(0, input.limit);
  // The file names only: the bytes stay apart from the rows that list batches.
  const uploads = await ctx.prisma.upload.findMany({
    where: { id: { in: page.map((batch) => batch.uploadId) } },
    select: { id: true, fileName: true },
  });
  const fileNames = new Map(uploads.map((upload) => [upload.id, upload.fileName]));
  return {
    items: page.map((batch) => ({
      batchId: batch.id,
      fileName: fileNames.get(batch.uploadId) ?? "",
      status: batch.status,
      createdAt: batch.createdAt.toISOString(),
      submittedAt: batch.submittedAt?.toISOString() ?? null,
      /** Who sent it: any agent of the employer sees the employer's batches. */
      agentName: batch.agent.name,
      rows:
        batch.rowCount === null ? null : { total: batch.rowCount, valid: batch.validCount ?? 0 },
      fileError: batch.fileErrorCode ? batchFileErrorCodeSchema.parse(batch.fileErrorCode) : null,
      applications: batch._count.rows,
    })),
    nextCursor: batches.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
