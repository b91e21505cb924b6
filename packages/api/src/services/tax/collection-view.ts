import type { PremiumCollection } from "@yibao/db";
import type { CollectionReport } from "@yibao/domain";
import type { CollectionFileProblem } from "./read-collection-file";

/** The stored report: its file problem is one the reader of collection files named. */
type StoredReport = Omit<CollectionReport, "fileProblem"> & {
  fileProblem: CollectionFileProblem | null;
};

/** A collection as the officer follows it: the check's report and, once credited, the result. */
export function collectionView(
  row: Pick<
    PremiumCollection,
    "id" | "status" | "report" | "checkedAt" | "creditedAt" | "creditedCount" | "creditedFen"
  >,
  fileName: string,
) {
  return {
    collectionId: row.id,
    status: row.status,
    fileName,
    checkedAt: row.checkedAt.toISOString(),
    ...(row.report as unknown as StoredReport),
    credited:
      row.status === "CREDITED" && row.creditedAt
        ? {
            credited: row.creditedCount ?? 0,
            totalCreditedFen: row.creditedFen ?? 0,
            creditedAt: row.creditedAt.toISOString(),
          }
        : null,
  };
}

export type CollectionView = ReturnType<typeof collectionView>;
