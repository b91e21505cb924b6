import { Prisma, parametersInForceOn } from "@yibao/db";
import { type BatchRowProblem, chinaToday, validateResidentId } from "@yibao/domain";
import type { EmployerActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { cardPhotoLimitsOf } from "../applications/store-photo";
import { recordActorEvent } from "../audit/record-audit-event";
import { rowErrorsOf } from "./batch-row-json";
import { findOwnBatch } from "./find-own-batch";
import { judgeBatchPeople } from "./judge-batch-people";
import { type BatchPhoto, readBatchPhotos } from "./read-batch-photos";
import { type SubmittedRow, writeBatchApplications } from "./write-batch-applications";

export interface SubmittedBatch {
  batchId: string;
  /** The applications the batch made (the same answer however often it is asked). */
  applications: number;
}

// A batch of thousands of rows takes longer than an interactive transaction's default 5 s.
const submitTransaction = { timeout: 120_000, maxWait: 30_000 } as const;

/** Thrown inside the transaction when another submit got there first: it rolls back, and answers. */
class SubmittedMeanwhile extends Error {}

async function answerOf(
  ctx: ServiceContext<EmployerActor>,
  batchId: string,
): Promise<SubmittedBatch> {
  const applications = await ctx.prisma.cardApplication.count({ where: { batchRow: { batchId } } });
  return { batchId, applications };
}

/**
 * The valid rows as the county's records stand now: a person may have applied elsewhere, or been
 * issued a card, since the check. A row that no longer passes gets the reason in the batch's
 * report, as if the check had found it, and is not submitted.
 */
async function rowsStillValid(
  ctx: ServiceContext<EmployerActor>,
  batch: { id: string; employerId: string },
): Promise<{ rows: SubmittedRow[]; invalid: number }> {
  const stored = await ctx.prisma.employerBatchRow.findMany({
    where: { batchId: batch.id },
    orderBy: { rowNumber: "asc" },
    select: { id: true, name: true, residentIdSealed: true, phoneSealed: true, errors: true },
  });
  const candidates = stored.flatMap((row) => {
    if (rowErrorsOf(row.errors).length > 0 || !row.residentIdSealed || !row.phoneSealed) return [];
    const id = validateResidentId(
      ctx.protector.open(row.residentIdSealed, "batch-row.resident-id"),
      chinaToday(ctx.now),
    );
    if (!id.ok) return [];
    const phone = ctx.protector.open(row.phoneSealed, "batch-row.phone");
    return [
      {
        rowId: row.id,
        name: row.name,
        residentId: id.id,
        birthDate: id.birthDate,
        sex: id.sex,
        phone,
      },
    ];
  });
  const people = await judgeBatchPeople(
    ctx,
    batch.employerId,
    candidates.map((row) => row.residentId),
  );
  const rows: SubmittedRow[] = [];
  const lapsed: { rowId: string; problem: BatchRowProblem }[] = [];
  for (const row of candidates) {
    const person = people.get(row.residentId);
    if (person?.problem) lapsed.push({ rowId: row.rowId, problem: person.problem });
    else rows.push({ ...row, personId: person?.personId ?? null });
  }
  if (lapsed.length > 0) {
    await ctx.prisma.$transaction(async (tx) => {
      for (const { rowId, problem } of lapsed) {
        await tx.employerBatchRow.update({ where: { id: rowId }, data: { errors: [problem] } });
      }
      await tx.employerBatch.update({ where: { id: batch.id }, data: { validCount: rows.length } });
    });
  }
  return { rows, invalid: stored.length - rows.length };
}

/**
 * Submits a checked batch as card applications (`employer.batches.submit`), all or nothing in one
 * transaction: refused while any row is invalid unless `validOnly`, and without a letter of
 * introduction. Idempotent on the key and on the batch: a repeat — a double click, a retry after a
 * timeout, a second tab, a concurrent call, or a retry after the answer was lost — finds the batch
 * SUBMITTED and gets the same answer, and nothing is created twice; the row that claims the batch
 * (CHECKED → SUBMITTED) is the one that writes, the others wait for it and then read.
 */
export async function submitEmployerBatch(
  ctx: ServiceContext<EmployerActor>,
  input: { batchId: string; validOnly?: boolean | undefined; idempotencyKey: string },
): Promise<SubmittedBatch> {
  const keyed = await ctx.prisma.employerBatch.findUnique({
    where: { submitIdempotencyKey: input.idempotencyKey },
    select: { id: true },
  });
  // A key names one submit: the same key for another batch opens nothing of that one.
  if (keyed && keyed.id !== input.batchId) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["idempotencyKey"], code: "USED_FOR_ANOTHER_BATCH" }],
    });
  }
  const batch = await findOwnBatch(ctx, input.batchId, {
    id: true,
    employerId: true,
    status: true,
    photosUploadId: true,
    letterUploadId: true,
  });
  if (batch.status === "SUBMITTED") return answerOf(ctx, batch.id);
  if (batch.status !== "CHECKED")
    throw new DomainError("BATCH_NOT_READY", { reason: batch.status });
  if (!batch.letterUploadId) throw new DomainError("BATCH_NOT_READY", { reason: "LETTER_MISSING" });

  const { rows, invalid } = await rowsStillValid(ctx, batch);
  if (invalid > 0 && !input.validOnly) {
    throw new DomainError("BATCH_HAS_INVALID_ROWS", { invalidRows: invalid });
  }
  if (rows.length === 0) throw new DomainError("BATCH_NOT_READY", { reason: "NO_VALID_ROWS" });

  const today = chinaToday(ctx.now);
  const terms = await parametersInForceOn(ctx.prisma, today);
  let photos: ReadonlyMap<string, BatchPhoto> = new Map();
  if (batch.photosUploadId) {
    const archive = await ctx.prisma.upload.findUniqueOrThrow({
      where: { id: batch.photosUploadId },
      select: { bytes: true },
    });
    const read = await readBatchPhotos(
      ctx.protector.openBytes(archive.bytes, "upload.bytes"),
      cardPhotoLimitsOf(terms),
    );
    if (read.ok) photos = read.photos;
  }
  const countyCentre = await ctx.prisma.servicePoint.findFirstOrThrow({
    where: { kind: "COUNTY_CENTRE" },
    orderBy: { code: "asc" },
    select: { id: true },
  });

  try {
    await ctx.prisma.$transaction(async (tx) => {
      const claimed = await tx.employerBatch.updateMany({
        where: { id: batch.id, status: "CHECKED" },
        data: {
          status: "SUBMITTED",
          submittedAt: ctx.now,
          submitIdempotencyKey: input.idempotencyKey,
          submittedValidOnly: input.validOnly ?? false,
        },
      });
      if (claimed.count === 0) throw new SubmittedMeanwhile();
      await writeBatchApplications(tx, ctx, {
        batchId: batch.id,
        rows,
        photos,
        today,
        terms,
        countyCentreId: countyCentre.id,
      });
      await recordActorEvent(tx, ctx, {
        action: "employer-batch.submitted",
        subjectPersonId: null,
        detail: {
          batchId: batch.id,
          applications: rows.length,
          validOnly: input.validOnly ?? false,
        },
      });
    }, submitTransaction);
  } catch (error) {
    if (error instanceof SubmittedMeanwhile) return answerOf(ctx, batch.id);
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // The key, taken by another batch's submit at the same moment.
      const target = JSON.stringify(error.meta ?? {});
      if (target.includes("submit_idempotency_key") || target.includes("submitIdempotencyKey")) {
        throw new DomainError("VALIDATION_FAILED", {
          issues: [{ path: ["idempotencyKey"], code: "USED_FOR_ANOTHER_BATCH" }],
        });
      }
      // A person of the batch applied elsewhere, or was registered, while it was written:
      // nothing was written; the next try finds them in the county's records.
      throw new DomainError("BATCH_NOT_READY", { reason: "RECORDS_CHANGED" });
    }
    throw error;
  }
  return answerOf(ctx, batch.id);
}
