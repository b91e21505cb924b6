import { checkLetterOfIntroduction, employerBatchLimits } from "@yibao/domain";
import type { EmployerActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { findOwnBatch } from "./find-own-batch";
import { findOwnUpload } from "./find-own-upload";
import { letterOf } from "./read-batch-report";

/**
 * Attaches the employer's letter of introduction (单位介绍信) to a batch not submitted yet: a file
 * the agent sent, a PDF, JPEG or PNG by its first bytes, within the size limit. The file stays in
 * `upload` with its SHA-256, apart from the rows that list batches; a later letter replaces it.
 */
export async function attachBatchLetter(
  ctx: ServiceContext<EmployerActor>,
  input: { batchId: string; uploadId: string },
) {
  const batch = await findOwnBatch(ctx, input.batchId, { id: true, status: true });
  const upload = await findOwnUpload(ctx, input.uploadId);
  if (batch.status === "SUBMITTED")
    throw new DomainError("BATCH_NOT_READY", { reason: "SUBMITTED" });
  // Opened whole, so that the type is read from bytes whose integrity is checked.
  const stored = await ctx.prisma.upload.findUniqueOrThrow({
    where: { id: upload.id },
    select: { bytes: true },
  });
  const checked = checkLetterOfIntroduction(
    ctx.protector.openBytes(stored.bytes, "upload.bytes"),
    Number.POSITIVE_INFINITY,
  );
  const reason = !checked.ok
    ? checked.reason
    : upload.byteCount > employerBatchLimits.letterMaxBytes
      ? "TOO_LARGE"
      : null;
  if (reason) throw new DomainError("FILE_REJECTED", { reason });
  await ctx.prisma.$transaction(async (tx) => {
    const attached = await tx.employerBatch.updateMany({
      where: { id: batch.id, status: { not: "SUBMITTED" } },
      data: { letterUploadId: upload.id },
    });
    if (attached.count === 0) throw new DomainError("BATCH_NOT_READY", { reason: "SUBMITTED" });
    await recordActorEvent(tx, ctx, {
      action: "employer-batch.letter-attached",
      subjectPersonId: null,
      detail: { batchId: batch.id, uploadId: upload.id, sha256: upload.sha256 },
    });
  });
  return { letter: await letterOf(ctx, upload.id) };
}
