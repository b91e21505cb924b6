import type { PrismaClient } from "@yibao/db";
import type { ServiceContext } from "../../context";
import {
  applicationInclude,
  type StoredApplication,
  storedApplicationOf,
} from "../applications/stored-application";

type Reader = Pick<PrismaClient, "cardApplication">;

export interface BatchApplication extends StoredApplication {
  /** The row of the sheet it came from, as the sheet numbers it. */
  rowNumber: number;
}

/** The card applications a submitted batch's rows became, in the sheet's order. */
export async function batchApplications(
  ctx: Pick<ServiceContext, "protector">,
  reader: Reader,
  batchId: string,
): Promise<BatchApplication[]> {
  const rows = await reader.cardApplication.findMany({
    where: { batchRow: { batchId } },
    include: { ...applicationInclude, batchRow: { select: { rowNumber: true } } },
    orderBy: { batchRow: { rowNumber: "asc" } },
  });
  return rows.map((row) => ({
    ...storedApplicationOf(ctx, row),
    rowNumber: row.batchRow?.rowNumber ?? 0,
  }));
}
