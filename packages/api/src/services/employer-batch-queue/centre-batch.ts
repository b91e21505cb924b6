import type { Prisma, PrismaClient } from "@yibao/db";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";

type Reader = Pick<PrismaClient, "employerBatch">;

export const centreBatchInclude = {
  employer: { select: { id: true, name: true, creditCode: true } },
  agent: {
    select: {
      id: true,
      name: true,
      residentIdSealed: true,
      authorisedFrom: true,
      authorisedUntil: true,
      authorisedBy: true,
      letterUploadId: true,
      active: true,
    },
  },
} satisfies Prisma.EmployerBatchInclude;

export type CentreBatch = Prisma.EmployerBatchGetPayload<{ include: typeof centreBatchInclude }>;

/**
 * A submitted employer's batch, as the county centre works it. Only the county centre's scope
 * (every batch of the county) reaches one; a batch still being checked, refused as a file or in
 * any other scope is NOT_FOUND, never shown.
 */
export async function findCentreBatch(
  ctx: ServiceContext<StaffActor>,
  reader: Reader,
  batchId: string,
): Promise<CentreBatch> {
  if (ctx.scope.kind !== "COUNTY") throw new DomainError("NOT_FOUND");
  const batch = await reader.employerBatch.findFirst({
    where: { id: batchId, status: "SUBMITTED" },
    include: centreBatchInclude,
  });
  if (!batch) throw new DomainError("NOT_FOUND");
  return batch;
}
