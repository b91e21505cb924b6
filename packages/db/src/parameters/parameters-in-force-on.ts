import { type CountyParameters, parametersOn } from "@yibao/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { loadParameterRecords } from "./load-parameter-records";

/** Every county parameter's value in force on `date` ('YYYY-MM-DD', China's date). */
export async function parametersInForceOn(
  prisma: Pick<PrismaClient, "countyParameter">,
  date: string,
): Promise<CountyParameters> {
  return parametersOn(await loadParameterRecords(prisma), date);
}
