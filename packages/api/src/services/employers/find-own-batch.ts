import type { Prisma } from "@yibao/db";
import type { EmployerActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";

/** A batch of the signed-in agent's employer (any of its agents'); another employer's is NOT_FOUND. */
export async function findOwnBatch<S extends Prisma.EmployerBatchSelect>(
  ctx: ServiceContext<EmployerActor>,
  batchId: string,
  select: S,
): Promise<Prisma.EmployerBatchGetPayload<{ select: S }>> {
  const batch = await ctx.prisma.employerBatch.findFirst({
    where: { id: batchId, employerId: ctx.actor.employerId },
    select,
  });
  if (!batch) throw new DomainError("NOT_FOUND");
  return batch as Prisma.EmployerBatchGetPayload<{ select: S }>;
}
