import {
  type BatchFileErrorCode,
  batchColumnHeaders,
  batchFileErrorCodeSchema,
  checkLetterOfIntroduction,
  optionalBatchColumns,
  requiredBatchColumns,
} from "@yibao/domain";
import type { EmployerActor, ServiceContext } from "../../context";
import { rowErrorsOf, rowWarningsOf } from "./batch-row-json";
import { findOwnBatch } from "./find-own-batch";

/** A letter as its batch shows it: what it is and its fingerprint, never its bytes. */
export async function letterOf(
  ctx: Pick<ServiceContext, "prisma" | "protector">,
  uploadId: string | null,
) {
  if (!uploadId) return null;
  // The first bytes say the type (the header and iv of the sealed file, then 16 bytes); the rest
  // of the file stays where it is.
  const [letter] = await ctx.prisma.$queryRaw<
    { file_name: string; byte_count: number; sha256: string; head: Uint8Array }[]
  >`SELECT file_name, byte_count, sha256, substring(bytes FROM 1 FOR 112) AS head
      FROM upload WHERE id = ${uploadId}::uuid`;
  if (!letter) return null;
  const checked = checkLetterOfIntroduction(
    ctx.protector.peekBytes(letter.head, 16),
    Number.POSITIVE_INFINITY,
  );
  return {
    fileName: letter.file_name,
    bytes: letter.byte_count,
    sha256: letter.sha256,
    type: checked.ok ? checked.type : null,
  };
}

/**
 * A batch as its employer's agent follows it (`employer.batches.get`): where it stands, the
 * check's progress as the job wrote it (any server process reads the same), the file's refusal,
 * or the report of its rows — each invalid row with every reason and its cells as the file had
 * them, so that the portal can offer the error file to fix — and, once submitted, how many
 * applications it made.
 */
export async function readBatchReport(
  ctx: ServiceContext<EmployerActor>,
  input: { batchId: string },
) {
  const batch = await findOwnBatch(ctx, input.batchId, {
    id: true,
    status: true,
    createdAt: true,
    submittedAt: true,
    submittedValidOnly: true,
    progressDone: true,
    progressTotal: true,
    fileErrorCode: true,
    rowCount: true,
    validCount: true,
    photosUploadId: true,
    letterUploadId: true,
    uploadId: true,
  });
  const sheet = await ctx.prisma.upload.findUniqueOrThrow({
    where: { id: batch.uploadId },
    select: { fileName: true },
  });
  const reported = batch.status === "CHECKED" || batch.status === "SUBMITTED";
  const rows = reported
    ? await ctx.prisma.employerBatchRow.findMany({
        where: { batchId: batch.id },
        orderBy: { rowNumber: "asc" },
        select: {
          rowNumber: true,
          name: true,
          residentIdSealed: true,
          phoneSealed: true,
          servicePointText: true,
          hasPhoto: true,
          errors: true,
          warnings: true,
          personId: true,
        },
      })
    : [];
  const open = (sealed: string | null, purpose: "batch-row.resident-id" | "batch-row.phone") =>
    sealed ? ctx.protector.open(sealed, purpose) : "";
  const invalid = [];
  const warned = [];
  for (const row of rows) {
    const errors = rowErrorsOf(row.errors);
    const warnings = rowWarningsOf(row.warnings);
    if (errors.length > 0) {
      invalid.push({
        row: row.rowNumber,
        errors,
        cells: {
          name: row.name,
          residentId: open(row.residentIdSealed, "batch-row.resident-id"),
          phone: open(row.phoneSealed, "batch-row.phone"),
          servicePoint: row.servicePointText ?? "",
        },
      });
    }
    if (warnings.length > 0) warned.push({ row: row.rowNumber, warnings });
  }
  const fileError = batch.fileErrorCode
    ? batchFileErrorCodeSchema.parse(batch.fileErrorCode)
    : null;
  return {
    batchId: batch.id,
    status: batch.status,
    fileName: sheet.fileName,
    createdAt: batch.createdAt.toISOString(),
    progress: { done: batch.progressDone, total: batch.progressTotal },
    fileError: fileError ? fileErrorOf(fileError) : null,
    rows: reported
      ? {
          total: batch.rowCount ?? rows.length,
          valid: batch.validCount ?? 0,
          invalid,
          warnings: warned,
          withPhoto: rows.filter((row) => row.hasPhoto).length,
        }
      : null,
    photos: batch.photosUploadId !== null,
    letter: await letterOf(ctx, batch.letterUploadId),
    submitted:
      batch.status === "SUBMITTED" && batch.submittedAt
        ? {
            at: batch.submittedAt.toISOString(),
            validOnly: batch.submittedValidOnly ?? false,
            applications: rows.filter((row) => row.personId !== null).length,
          }
        : null,
  };
}

/** A file's refusal; wrong columns name the ones the template has, in its order. */
function fileErrorOf(code: BatchFileErrorCode) {
  return {
    code,
    ...(code === "WRONG_COLUMNS"
      ? {
          expectedColumns: requiredBatchColumns.map((column) => batchColumnHeaders[column]),
          optionalColumns: optionalBatchColumns.map((column) => batchColumnHeaders[column]),
        }
      : {}),
  };
}
