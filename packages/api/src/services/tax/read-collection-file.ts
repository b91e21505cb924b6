import {
  type CollectionCell,
  type CollectionColumn,
  collectionColumnKeys,
  collectionColumns,
} from "@yibao/domain";
import { columnsOf, readSpreadsheet, type SpreadsheetProblemCode } from "@yibao/spreadsheet";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";

/** The most rows a month's file may hold: a county's insured, with room to spare. */
export const collectionMaxRows = 50_000;

export type CollectionFileProblem =
  | { code: SpreadsheetProblemCode }
  | { code: "MISSING_COLUMNS"; missing: CollectionColumn[]; duplicated: CollectionColumn[] };

export type CollectionFile =
  | {
      ok: true;
      upload: { id: string; fileName: string; sha256: string };
      rows: Array<{ row: number; cells: Record<CollectionColumn, CollectionCell> }>;
    }
  | {
      ok: false;
      upload: { id: string; fileName: string; sha256: string };
      problem: CollectionFileProblem;
    };

const headerOf = Object.fromEntries(
  collectionColumnKeys.map((key) => [collectionColumns[key], key]),
) as Record<string, CollectionColumn>;

/**
 * A collection file the caller sent (POST /uploads; anyone else's is NOT_FOUND, as if it did not
 * exist), read with the one guarded spreadsheet reader: the type from the bytes, formulas
 * refused, every cell as text. The columns are found by their header names, in any order.
 */
export async function readCollectionFile(
  ctx: ServiceContext<StaffActor>,
  uploadId: string,
): Promise<CollectionFile> {
  const stored = await ctx.prisma.upload.findFirst({
    where: { id: uploadId, uploadedByKind: "STAFF", uploadedById: ctx.actor.staffUserId },
    select: { id: true, fileName: true, sha256: true, bytes: true },
  });
  if (!stored) throw new DomainError("NOT_FOUND");
  const upload = { id: stored.id, fileName: stored.fileName, sha256: stored.sha256 };
  const reading = await readSpreadsheet(ctx.protector.openBytes(stored.bytes, "upload.bytes"), {
    fileName: stored.fileName,
    maxRows: collectionMaxRows,
  });
  if (!reading.ok) return { ok: false, upload, problem: { code: reading.code } };
  const found = columnsOf(reading.header, {
    required: collectionColumnKeys.map((key) => collectionColumns[key]),
  });
  if (!found.ok) {
    return {
      ok: false,
      upload,
      problem: {
        code: "MISSING_COLUMNS",
        missing: found.missing.map((name) => headerOf[name] as CollectionColumn),
        duplicated: found.duplicated.map((name) => headerOf[name] as CollectionColumn),
      },
    };
  }
  const blank: CollectionCell = { text: "", storedAsNumber: false };
  return {
    ok: true,
    upload,
    rows: reading.rows.map((line) => ({
      row: line.row,
      cells: Object.fromEntries(
        collectionColumnKeys.map((key) => [
          key,
          line.cells[found.index[collectionColumns[key]]] ?? blank,
        ]),
      ) as Record<CollectionColumn, CollectionCell>,
    })),
  };
}
