import type { ParameterValueRecord } from "@yibao/domain";
import type { PrismaClient } from "../generated/prisma/client";

/** Every recorded county parameter value, past, in force and scheduled, as `parametersOn` reads them. */
export async function loadParameterRecords(
  prisma: Pick<PrismaClient, "countyParameter">,
): Promise<ParameterValueRecord[]> {
  const rows = await prisma.countyParameter.findMany({
    select: { key: true, value: true, effectiveFrom: true },
    orderBy: [{ key: "asc" }, { effectiveFrom: "asc" }],
  });
  return rows.map((row) => ({
    key: row.key,
    value: row.value,
    effectiveFrom: row.effectiveFrom.toISOString().slice(0, 10),
  }));
}
