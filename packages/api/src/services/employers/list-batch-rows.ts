import { maskResidentId } from "@yibao/domain";
import type { EmployerActor, ServiceContext } from "../../context";
import { rowErrorsOf, rowWarningsOf } from "./batch-row-json";
import { findOwnBatch } from "./find-own-batch";

/**
 * A batch's rows in the sheet's order, a page at a time (`cursor`: the last row number of the page
 * before), each with its verdict and, once submitted, the application it became and where that
 * stands — the portal's view of its people and, later, of the cards to hand out. ID numbers are
 * masked: the full number is in the agent's own file.
 */
export async function listBatchRows(
  ctx: ServiceContext<EmployerActor>,
  input: { batchId: string; limit: number; cursor?: number | undefined },
) {
  await findOwnBatch(ctx, input.batchId, { id: true });
  const rows = await ctx.prisma.employerBatchRow.findMany({
    where: {
      batchId: input.batchId,
      ...(input.cursor === undefined ? {} : { rowNumber: { gt: input.cursor } }),
    },
    orderBy: { rowNumber: "asc" },
    take: input.limit + 1,
    select: {
      rowNumber: true,
      name: true,
      residentIdSealed: true,
      hasPhoto: true,
      errors: true,
      warnings: true,
      application: { select: { id: true, reference: true, status: true, version: true } },
    },
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((row) => {
      const errors = rowErrorsOf(row.errors);
      return {
        row: row.rowNumber,
        name: row.name,
        maskedResidentId: row.residentIdSealed
          ? maskResidentId(ctx.protector.open(row.residentIdSealed, "batch-row.resident-id"))
          : "",
        valid: errors.length === 0,
        errors,
        warnings: rowWarningsOf(row.warnings),
        hasPhoto: row.hasPhoto,
        application: row.application,
      };
    }),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.rowNumber ?? null) : null,
  };
}
