import { type CollectionReport, collectionReport, refusedFileReport } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";
import { classifyCollectionRows, reportRowOf } from "./classify-collection-rows";
import { type CollectionView, collectionView } from "./collection-view";
import { readCollectionFile } from "./read-collection-file";

/**
 * Checks a month's collection file from the tax system (the officer's own upload) row by row and
 * keeps the report with a new collection, CHECKED or FILE_REFUSED; nothing is credited yet. The
 * same file may be checked again (after registering a payer the report named): each check is a
 * collection of its own, and crediting any of them credits each receipt number once.
 */
export async function checkCollection(
  ctx: ServiceContext<StaffActor>,
  input: { uploadId: string },
): Promise<CollectionView> {
  const file = await readCollectionFile(ctx, input.uploadId);
  const report: CollectionReport = file.ok
    ? collectionReport((await classifyCollectionRows(ctx.prisma, ctx, file.rows)).map(reportRowOf))
    : refusedFileReport(file.problem);
  const collection = await ctx.prisma.$transaction(async (tx) => {
    const created = await tx.premiumCollection.create({
      data: {
        uploadId: file.upload.id,
        sha256: file.upload.sha256,
        status: file.ok ? "CHECKED" : "FILE_REFUSED",
        fileErrorCode: file.ok ? null : file.problem.code,
        report: report as object,
        checkedAt: ctx.now,
        checkedBy: ctx.actor.staffUserId,
      },
    });
    await recordActorEvent(tx, ctx, {
      action: "collection.checked",
      subjectPersonId: null,
      detail: {
        collectionId: created.id,
        uploadId: file.upload.id,
        rows: report.rows.total,
        creditable: report.rows.valid,
        fileProblem: report.fileProblem?.code ?? null,
      },
    });
    return created;
  });
  return collectionView(collection, file.upload.fileName);
}
