import type { EmployerActor, JobPort, ServiceContext } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";
import { batchCheckJob } from "./batch-check-job";
import { findOwnUpload } from "./find-own-upload";

/**
 * Starts the check of a spreadsheet the agent sent (and of its photo zip, if any): a batch in
 * CHECKING, and its check sent to the job queue once the batch is committed. Asking again for the
 * same files answers the same batch (a double click), and sends its check again while it is still
 * CHECKING, which the check shrugs off if it is done — so a send lost to a crash is repaired by
 * asking again.
 */
export async function requestBatchCheck(
  ctx: ServiceContext<EmployerActor>,
  jobs: JobPort,
  input: { uploadId: string; photosUploadId?: string | undefined },
): Promise<{ batchId: string }> {
  const sheet = await findOwnUpload(ctx, input.uploadId);
  const photos = input.photosUploadId ? await findOwnUpload(ctx, input.photosUploadId) : null;
  const batch = await ctx.prisma.$transaction(async (tx) => {
    // Two requests for the same file at once make one batch: the second waits here for the first.
    await tx.$queryRaw`SELECT id FROM upload WHERE id = ${sheet.id}::uuid FOR UPDATE`;
    const existing = await tx.employerBatch.findFirst({
      where: {
        employerId: ctx.actor.employerId,
        uploadId: sheet.id,
        photosUploadId: photos?.id ?? null,
      },
      select: { id: true, status: true },
    });
    if (existing) return existing;
    const created = await tx.employerBatch.create({
      data: {
        employerId: ctx.actor.employerId,
        agentId: ctx.actor.employerAgentId,
        uploadId: sheet.id,
        photosUploadId: photos?.id ?? null,
        sha256: sheet.sha256,
        status: "CHECKING",
        createdAt: ctx.now,
      },
      select: { id: true, status: true },
    });
    await recordActorEvent(tx, ctx, {
      action: "employer-batch.check-requested",
      subjectPersonId: null,
      detail: { batchId: created.id, uploadId: sheet.id, photosUploadId: photos?.id ?? null },
    });
    return created;
  });
  if (batch.status === "CHECKING") await jobs.send(batchCheckJob.name, { batchId: batch.id });
  return { batchId: batch.id };
}
