import { randomUUID } from "node:crypto";
import { parametersInForceOn } from "@yibao/db";
import {
  type BatchFileErrorCode,
  type BatchRowProblem,
  checkBatchRow,
  chinaToday,
  markDuplicateRows,
} from "@yibao/domain";
import type { ServiceContext, SystemActor } from "../../context";
import { cardPhotoLimitsOf } from "../applications/store-photo";
import { recordActorEvent } from "../audit/record-audit-event";
import { insertJsonRows } from "../bulk/insert-json-rows";
import { judgeBatchPeople } from "./judge-batch-people";
import { type BatchPhoto, readBatchPhotos } from "./read-batch-photos";
import { readBatchSheet } from "./read-batch-sheet";

const batchRowColumns = {
  id: "uuid",
  batch_id: "uuid",
  row_number: "int",
  name: "text",
  resident_id_index: "char(64)",
  resident_id_sealed: "text",
  phone_sealed: "text",
  service_point_text: "text",
  service_point_id: "uuid",
  has_photo: "boolean",
  errors: "jsonb",
  warnings: "jsonb",
} as const;

/** Rows checked and written between two reports of progress. */
const chunkRows = 500;

// What a row's cell may hold at most when kept: anything longer is already refused by the rule.
const kept = { name: 100, residentId: 64, phone: 32, servicePoint: 100 } as const;

async function refuseFile(
  ctx: ServiceContext<SystemActor>,
  batchId: string,
  code: BatchFileErrorCode,
): Promise<Record<string, number>> {
  await ctx.prisma.$transaction(async (tx) => {
    const refused = await tx.employerBatch.updateMany({
      where: { id: batchId, status: "CHECKING" },
      data: { status: "FILE_REFUSED", fileErrorCode: code },
    });
    if (refused.count === 0) return;
    await recordActorEvent(tx, ctx, {
      action: "employer-batch.checked",
      subjectPersonId: null,
      detail: { batchId, fileError: code },
    });
  });
  return { rows: 0, valid: 0 };
}

/**
 * Checks a batch on the job queue (the employer issue, "A batch"): the spreadsheet and the photo
 * zip through the guarded readers (a file-level problem refuses the batch), then every row by its
 * cells (`checkBatchRow`), duplicates within the file, and the county's records of each person
 * (`judgeBatchPeople`) — a chunk at a time, each chunk's rows written with the progress, so that
 * any server process can report how far it got. Written to be run twice: a batch no longer
 * CHECKING is left alone, rows written by an earlier run are kept, and the counts are the
 * database's.
 */
export async function checkEmployerBatch(
  ctx: ServiceContext<SystemActor>,
  input: { batchId: string },
): Promise<Record<string, number>> {
  const batch = await ctx.prisma.employerBatch.findUnique({
    where: { id: input.batchId },
    select: { id: true, employerId: true, status: true, uploadId: true, photosUploadId: true },
  });
  if (batch?.status !== "CHECKING") return { rows: 0, valid: 0 };
  const upload = await ctx.prisma.upload.findUniqueOrThrow({
    where: { id: batch.uploadId },
    select: { bytes: true, fileName: true },
  });
  const sheet = await readBatchSheet(
    ctx.protector.openBytes(upload.bytes, "upload.bytes"),
    upload.fileName,
  );
  if (!sheet.ok) return refuseFile(ctx, batch.id, sheet.code);

  const today = chinaToday(ctx.now);
  const terms = await parametersInForceOn(ctx.prisma, today);
  let photos = new Map<string, BatchPhoto>();
  if (batch.photosUploadId) {
    const archive = await ctx.prisma.upload.findUniqueOrThrow({
      where: { id: batch.photosUploadId },
      select: { bytes: true },
    });
    const read = await readBatchPhotos(
      ctx.protector.openBytes(archive.bytes, "upload.bytes"),
      cardPhotoLimitsOf(terms),
    );
    if (!read.ok) return refuseFile(ctx, batch.id, read.code);
    photos = read.photos;
  }

  const servicePoints = await ctx.prisma.servicePoint.findMany({
    select: { id: true, code: true, name: true },
  });
  const checked = sheet.rows.map(({ row, cells }) => ({
    row,
    cells,
    ...checkBatchRow(cells, { today, servicePoints }),
  }));
  const duplicates = markDuplicateRows(checked.map((row) => row.person?.residentId ?? null));
  await ctx.prisma.employerBatch.updateMany({
    where: { id: batch.id, status: "CHECKING" },
    data: { progressTotal: checked.length },
  });

  for (let start = 0; start < checked.length; start += chunkRows) {
    const chunk = checked.slice(start, start + chunkRows);
    const people = await judgeBatchPeople(
      ctx,
      batch.employerId,
      chunk.flatMap((row) => (row.person ? [row.person.residentId] : [])),
    );
    const rows = chunk.map((row, offset) => {
      const errors: BatchRowProblem[] = [...row.errors];
      const residentId = row.person?.residentId ?? null;
      if (duplicates.has(start + offset)) {
        errors.push({ column: "RESIDENT_ID", reason: "DUPLICATE_IN_FILE" });
      } else if (residentId !== null) {
        const problem = people.get(residentId)?.problem;
        if (problem) errors.push(problem);
      }
      const photo = residentId === null ? undefined : photos.get(residentId);
      if (photo && !photo.ok) errors.push({ column: "PHOTO", reason: photo.reason });
      const idText = residentId ?? row.cells.residentId.text.trim().slice(0, kept.residentId);
      const phoneText = row.phone ?? row.cells.phone.trim().slice(0, kept.phone);
      return {
        id: randomUUID(),
        batch_id: batch.id,
        row_number: row.row,
        name: row.cells.name.trim().slice(0, kept.name),
        resident_id_index: residentId === null ? null : ctx.protector.residentIdIndex(residentId),
        resident_id_sealed:
          idText === "" ? null : ctx.protector.seal(idText, "batch-row.resident-id"),
        phone_sealed: phoneText === "" ? null : ctx.protector.seal(phoneText, "batch-row.phone"),
        service_point_text: row.cells.servicePoint.trim().slice(0, kept.servicePoint) || null,
        service_point_id: row.servicePointId,
        has_photo: photo?.ok === true,
        errors,
        warnings: row.warnings,
      };
    });
    // A second run of the job meets the rows the first one wrote, and keeps them.
    await insertJsonRows(ctx.prisma, "employer_batch_row", batchRowColumns, rows, {
      onConflictDoNothing: true,
    });
    await ctx.prisma.$executeRaw`
      UPDATE employer_batch SET progress_done = GREATEST(progress_done, ${start + chunk.length})
       WHERE id = ${batch.id}::uuid AND status = 'CHECKING'`;
  }

  return ctx.prisma.$transaction(async (tx) => {
    const [counts] = await tx.$queryRaw<{ rows: bigint; valid: bigint }[]>`
      SELECT count(*) AS rows, count(*) FILTER (WHERE errors = '[]'::jsonb) AS valid
        FROM employer_batch_row WHERE batch_id = ${batch.id}::uuid`;
    const rowCount = Number(counts?.rows ?? 0);
    const validCount = Number(counts?.valid ?? 0);
    const done = await tx.employerBatch.updateMany({
      where: { id: batch.id, status: "CHECKING" },
      data: {
        status: "CHECKED",
        rowCount,
        validCount,
        progressDone: rowCount,
        progressTotal: rowCount,
      },
    });
    if (done.count === 1) {
      await recordActorEvent(tx, ctx, {
        action: "employer-batch.checked",
        subjectPersonId: null,
        detail: { batchId: batch.id, rows: rowCount, valid: validCount },
      });
    }
    return { rows: rowCount, valid: validCount };
  });
}
