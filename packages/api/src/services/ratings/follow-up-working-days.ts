import type { PrismaClient } from "@yibao/db";
import { parametersOn } from "@yibao/domain";

/**
 * FOLLOW_UP_WORKING_DAYS in force on `date` ('YYYY-MM-DD', China's date): the latest value that
 * took effect on or before it, else the default (county-parameters.ts).
 */
export async function followUpWorkingDaysOn(
  prisma: Pick<PrismaClient, "countyParameter">,
  date: string,
): Promise<number> {
  const rows = await prisma.countyParameter.findMany({
    where: { key: "FOLLOW_UP_WORKING_DAYS", effectiveFrom: { lte: new Date(`${date}T00:00:00Z`) } },
    select: { key: true, value: true, effectiveFrom: true },
  });
  const records = rows.map((row) => ({
    key: row.key,
    value: row.value,
    effectiveFrom: row.effectiveFrom.toISOString().slice(0, 10),
  }));
  return parametersOn(records, date).FOLLOW_UP_WORKING_DAYS;
}
