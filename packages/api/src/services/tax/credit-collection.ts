import { Prisma } from "@yibao/db";
import { chinaToday, collectionReport } from "@yibao/domain";
import type { ServiceContext, StaffActor, TransactionClient } from "../../context";
import { DomainError } from "../../errors";
import { postLedgerEntry } from "../account/post-ledger-entry";
import { recordActorEvent } from "../audit/record-audit-event";
import { dbDate } from "./calendar-dates";
import {
  type CreditableRow,
  classifyCollectionRows,
  reportRowOf,
} from "./classify-collection-rows";
import { readCollectionFile } from "./read-collection-file";

export interface CreditResult {
  /** Rows recorded now: contributions credited and resident payments recorded. */
  credited: number;
  /** What was credited to personal accounts. */
  totalCreditedFen: number;
}

// A county's month runs to thousands of rows, each a locked posting: more than Prisma's 5 s.
const transactionOptions = { timeout: 120_000, maxWait: 30_000 };
// Two credits of overlapping receipts at once: the loser's insert meets the winner's unique
// receipt number (P2002) or a deadlock (P2034), and runs again against what the winner wrote.
const retriedCodes = new Set(["P2002", "P2034"]);
const attempts = 3;

/** The ledger key of a receipt's credit: a receipt number credits one account once, ever. */
export const contributionCreditKey = (receiptNumber: string) => `contribution:${receiptNumber}`;

async function creditRows(
  tx: TransactionClient,
  ctx: ServiceContext<StaffActor>,
  collectionId: string,
  rows: readonly CreditableRow[],
): Promise<CreditResult> {
  const contributions = rows.filter((row) => row.kind !== "RESIDENT");
  const residents = rows.filter((row) => row.kind === "RESIDENT");
  // An account for whoever has none yet (a first job); in one order, so two credits at once
  // cannot wait on each other's new rows.
  const newAccounts = [...new Set(contributions.map((row) => row.personId))].sort();
  const openedOn = dbDate(chinaToday(ctx.now));
  await tx.account.createMany({
    data: newAccounts.map((personId) => ({ personId, openedOn })),
    skipDuplicates: true,
  });
  await tx.contribution.createMany({
    data: contributions.map((row) => ({
      personId: row.personId,
      month: row.parsed.month,
      employerCreditCode: row.parsed.creditCode,
      totalFen: row.parsed.personalFen + row.parsed.employerFen,
      personalAccountFen: row.creditFen,
      collectedAt: ctx.now,
      wageBaseFen: row.parsed.wageBaseFen,
      personalFen: row.parsed.personalFen,
      employerFen: row.parsed.employerFen,
      receiptNumber: row.parsed.receiptNumber,
      collectionId,
    })),
  });
  await tx.residentPayment.createMany({
    data: residents.map((row) => ({
      personId: row.personId,
      coverYear: row.resident?.coverYear ?? Number(row.parsed.month.slice(0, 4)),
      amountFen: row.parsed.personalFen,
      paidAt: ctx.now,
      coverStartsOn: dbDate(row.resident?.coverStartsOn ?? `${row.parsed.month}-01`),
      receiptNumber: row.parsed.receiptNumber,
      collectionId,
    })),
  });
  let totalCreditedFen = 0;
  for (const row of contributions) {
    if (row.creditFen === 0) continue;
    await postLedgerEntry(tx, {
      personId: row.personId,
      kind: "CONTRIBUTION_CREDIT",
      amountFen: row.creditFen,
      idempotencyKey: contributionCreditKey(row.parsed.receiptNumber),
      postedAt: ctx.now,
      contributionMonth: row.parsed.month,
    });
    totalCreditedFen += row.creditFen;
  }
  return { credited: rows.length, totalCreditedFen };
}

/**
 * Credits a checked collection (issue: the tax authority), all or nothing, in one transaction: the
 * rows are judged again as the transaction sees the records (a receipt another file credited
 * meanwhile is skipped as ALREADY_CREDITED), then every creditable row becomes a contribution
 * (wage base, both parts, receipt number, this collection) with its personal-account credit
 * posted through the one posting function under the receipt's key — or, for the resident
 * scheme, a payment for the year it covers. Any failure leaves nothing. Idempotent: the
 * collection's row is locked and marked CREDITED, so a retry, or the same call twice at once,
 * answers the first result; the same receipt numbers in another file credit nothing again.
 * Credited by the officer who checked it, who sent the file.
 */
export async function creditCollection(
  ctx: ServiceContext<StaffActor>,
  input: { collectionId: string; idempotencyKey: string },
): Promise<CreditResult> {
  const collection = await ctx.prisma.premiumCollection.findFirst({
    where: { id: input.collectionId, checkedBy: ctx.actor.staffUserId },
  });
  if (!collection) throw new DomainError("NOT_FOUND");
  if (collection.status === "FILE_REFUSED") {
    throw new DomainError("TAX_RECORD_CONFLICT", { reason: "FILE_REFUSED" });
  }
  if (collection.status === "CREDITED") {
    return {
      credited: collection.creditedCount ?? 0,
      totalCreditedFen: collection.creditedFen ?? 0,
    };
  }
  const keyTaken = await ctx.prisma.premiumCollection.findUnique({
    where: { creditIdempotencyKey: input.idempotencyKey },
    select: { id: true },
  });
  if (keyTaken && keyTaken.id !== collection.id) {
    throw new DomainError("TAX_RECORD_CONFLICT", { reason: "IDEMPOTENCY_KEY_REUSED" });
  }
  const file = await readCollectionFile(ctx, collection.uploadId);
  if (!file.ok) throw new DomainError("TAX_RECORD_CONFLICT", { reason: "FILE_REFUSED" });

  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.prisma.$transaction(async (tx) => {
        const [locked] = await tx.$queryRaw<
          Array<{ status: string; credited_count: number | null; credited_fen: number | null }>
        >`SELECT status, credited_count, credited_fen FROM premium_collection
           WHERE id = ${collection.id}::uuid FOR UPDATE`;
        if (locked?.status === "CREDITED") {
          return {
            credited: Number(locked.credited_count ?? 0),
            totalCreditedFen: Number(locked.credited_fen ?? 0),
          };
        }
        const rows = await classifyCollectionRows(tx, ctx, file.rows);
        const creditable = rows.filter((row): row is CreditableRow => row.outcome === "CREDITABLE");
        const result = await creditRows(tx, ctx, collection.id, creditable);
        await tx.premiumCollection.update({
          where: { id: collection.id },
          data: {
            status: "CREDITED",
            creditIdempotencyKey: input.idempotencyKey,
            creditedAt: ctx.now,
            creditedBy: ctx.actor.staffUserId,
            creditedCount: result.credited,
            creditedFen: result.totalCreditedFen,
            // The report as it stood when credited: rows another file credited meanwhile show so.
            report: collectionReport(rows.map(reportRowOf)) as object,
          },
        });
        await recordActorEvent(tx, ctx, {
          action: "collection.credited",
          subjectPersonId: null,
          detail: {
            collectionId: collection.id,
            credited: result.credited,
            totalCreditedFen: result.totalCreditedFen,
          },
        });
        return result;
      }, transactionOptions);
    } catch (error) {
      const retry =
        error instanceof Prisma.PrismaClientKnownRequestError &&
        retriedCodes.has(error.code) &&
        attempt < attempts;
      if (!retry) throw error;
    }
  }
}
