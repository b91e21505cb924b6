import { createHash } from "node:crypto";
import {
  addMonths,
  type CollectionReportRow,
  collectionColumnKeys,
  collectionColumns,
  collectionReport,
  compareMonths,
  defaultCountyParameters,
} from "@yibao/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { DataProtector } from "../protection/data-protector";

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

/**
 * A year of collections: for each of the last twelve months the tax system's file as the officer
 * sent it (the real header, yuan, one receipt number a row), checked and credited — the
 * contributions of the month get their receipt numbers and the collection.
 */
export async function seedCollections(
  { prisma, protector }: { prisma: PrismaClient; protector: DataProtector },
  officerId: string,
  thisMonth: string,
): Promise<void> {
  const header = collectionColumnKeys.map((key) => collectionColumns[key]).join(",");
  for (
    let month = addMonths(thisMonth, -12);
    compareMonths(month, thisMonth) < 0;
    month = addMonths(month, 1)
  ) {
    const fileName = `云溪县医保费征收明细-${month}.csv`;
    const exists = await prisma.upload.count({ where: { fileName, uploadedById: officerId } });
    if (exists > 0) continue;
    const rows = await prisma.contribution.findMany({
      where: { month, receiptNumber: null },
      orderBy: [{ employerCreditCode: "asc" }, { personId: "asc" }],
      include: { person: { select: { residentIdSealed: true } } },
    });
    if (rows.length === 0) continue;
    const receipts = rows.map(
      (_, index) => `353012500${month.replace("-", "")}${String(index + 1).padStart(4, "0")}`,
    );
    const lines = rows.map((row, index) =>
      [
        row.employerCreditCode?.trim() ?? "",
        protector.open(row.person.residentIdSealed, "person.resident-id"),
        month,
        yuan(row.wageBaseFen ?? 0),
        yuan(row.personalFen ?? row.totalFen),
        yuan(row.employerFen ?? 0),
        receipts[index],
      ].join(","),
    );
    const bytes = Buffer.from(`${[header, ...lines].join("\r\n")}\r\n`, "utf8");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const checkedAt = new Date((rows[0]?.collectedAt ?? new Date()).getTime() - 30 * 60_000);
    const creditedAt = rows[0]?.collectedAt ?? checkedAt;
    const reportRows: CollectionReportRow[] = rows.map((row, index) => ({
      row: index + 2,
      outcome: "CREDITABLE",
      personId: row.personId,
      month,
      resident: false,
      personalFen: row.personalFen ?? row.totalFen,
      employerFen: row.employerFen ?? 0,
      creditFen: row.personalAccountFen,
      belowWageBaseFloor: (row.wageBaseFen ?? 0) < defaultCountyParameters.WAGE_BASE_FLOOR_FEN,
    }));
    await prisma.$transaction(async (tx) => {
      const upload = await tx.upload.create({
        data: {
          sha256,
          byteCount: bytes.byteLength,
          bytes: protector.sealBytes(bytes, "upload.bytes"),
          fileName,
          uploadedAt: checkedAt,
          uploadedByKind: "STAFF",
          uploadedById: officerId,
        },
      });
      const collection = await tx.premiumCollection.create({
        data: {
          uploadId: upload.id,
          sha256,
          status: "CREDITED",
          report: collectionReport(reportRows) as object,
          checkedAt,
          checkedBy: officerId,
          creditIdempotencyKey: `seed-collection-${month}`,
          creditedAt,
          creditedBy: officerId,
          creditedCount: rows.length,
          creditedFen: rows.reduce((total, row) => total + row.personalAccountFen, 0),
        },
      });
      // One statement a month: the seed runs in every test database.
      const numbered = rows.map((row, index) => Prisma.sql`(${row.id}::uuid, ${receipts[index]})`);
      await tx.$executeRaw`
        UPDATE contribution c
           SET receipt_number = v.receipt, collection_id = ${collection.id}::uuid
          FROM (VALUES ${Prisma.join(numbered)}) AS v(id, receipt)
         WHERE c.id = v.id`;
    });
  }
}
