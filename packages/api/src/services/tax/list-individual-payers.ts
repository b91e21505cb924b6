import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";
import { individualPayerInclude, individualPayerView } from "./individual-payer-view";

/**
 * Individual payers (flexible employment, the resident scheme), the latest registered first,
 * with the last month (or resident year) paid. The list names people: audited with whom.
 */
export async function listIndividualPayers(
  ctx: ServiceContext<StaffActor>,
  input: { status: "REGISTERED" | "CANCELLED" | "ALL" },
) {
  const rows = await ctx.prisma.individualPayer.findMany({
    where:
      input.status === "ALL"
        ? {}
        : { cancelledOn: input.status === "REGISTERED" ? null : { not: null } },
    orderBy: [{ registeredOn: "desc" }, { id: "desc" }],
    take: 500,
    include: individualPayerInclude,
  });
  const personIds = [...new Set(rows.map((row) => row.personId))];
  const [lastPaid, lastYear] = await Promise.all([
    ctx.prisma.contribution.groupBy({
      by: ["personId"],
      where: { personId: { in: personIds }, employerCreditCode: null },
      _max: { month: true },
    }),
    ctx.prisma.residentPayment.groupBy({
      by: ["personId"],
      where: { personId: { in: personIds } },
      _max: { coverYear: true },
    }),
  ]);
  const lastPaidOf = new Map(lastPaid.map((row) => [row.personId, row._max.month?.trim() ?? null]));
  const lastYearOf = new Map(lastYear.map((row) => [row.personId, row._max.coverYear ?? null]));
  if (personIds.length > 0) {
    await recordActorEvent(ctx.prisma, ctx, {
      action: "payer.read",
      subjectPersonId: null,
      detail: { what: "individual-payers", personIds: personIds.join(",") },
    });
  }
  return {
    items: rows.map((row) => ({
      ...individualPayerView(ctx, row),
      lastPaidMonth: lastPaidOf.get(row.personId) ?? null,
      lastCoverYear: lastYearOf.get(row.personId) ?? null,
    })),
  };
}
