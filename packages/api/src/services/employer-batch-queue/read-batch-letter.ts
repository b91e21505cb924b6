import { checkLetterOfIntroduction, type LetterFileType } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { findCentreBatch } from "./centre-batch";

/**
 * The type the browser is told, from the letter's first bytes alone (its name is the sender's
 * claim), so that a file that is not a PDF or an image is never rendered as one or as a page.
 */
const mediaTypeOf = {
  PDF: "application/pdf",
  JPEG: "image/jpeg",
  PNG: "image/png",
} as const satisfies Record<LetterFileType, string>;

/** The letter a batch came with, or the one the agent was authorised on. */
export type LetterOf = "BATCH" | "AGENT";

/**
 * The bytes of a batch's letter of introduction (单位介绍信), or of the letter the agent was
 * authorised on, as base64 with the type its first bytes show, for the county centre to look at
 * beside the batch. Reading it is recorded as a read of the employer's document.
 */
export async function readBatchLetter(
  ctx: ServiceContext<StaffActor>,
  input: { batchId: string; of: LetterOf },
) {
  const batch = await findCentreBatch(ctx, ctx.prisma, input.batchId);
  const uploadId = input.of === "BATCH" ? batch.letterUploadId : batch.agent.letterUploadId;
  const upload = uploadId
    ? await ctx.prisma.upload.findUnique({
        where: { id: uploadId },
        select: { id: true, bytes: true, fileName: true, sha256: true, byteCount: true },
      })
    : null;
  if (!upload) throw new DomainError("NOT_FOUND");
  const bytes = new Uint8Array(ctx.protector.openBytes(upload.bytes, "upload.bytes"));
  const checked = checkLetterOfIntroduction(bytes, Number.POSITIVE_INFINITY);
  if (!checked.ok) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["letter"], code: "LETTER_TYPE_UNKNOWN" }],
    });
  }
  await recordActorEvent(ctx.prisma, ctx, {
    action: "employer-batch.letter-read",
    subjectPersonId: null,
    detail: {
      batchId: batch.id,
      employerId: batch.employerId,
      uploadId: upload.id,
      of: input.of,
    },
  });
  return {
    fileName: upload.fileName,
    contentType: mediaTypeOf[checked.type],
    bytes: upload.byteCount,
    sha256: upload.sha256,
    base64: Buffer.from(bytes).toString("base64"),
  };
}
