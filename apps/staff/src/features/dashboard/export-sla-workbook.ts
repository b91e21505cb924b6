import type { SlaRow } from "@yibao/domain";
import writeXlsxFile from "write-excel-file/browser";
import { slaFileName, slaSheet } from "./sla-sheet";

/** Saves the dashboard's figures as an .xlsx file, made in the browser; answers its name. */
export async function exportSlaWorkbook(
  rows: readonly SlaRow[],
  range: { from: string; to: string },
): Promise<string> {
  const fileName = slaFileName(range);
  await writeXlsxFile(slaSheet(rows), {
    sheet: "办理时效",
    columns: [{ width: 24 }, ...Array.from({ length: 7 }, () => ({ width: 14 }))],
  }).toFile(fileName);
  return fileName;
}
