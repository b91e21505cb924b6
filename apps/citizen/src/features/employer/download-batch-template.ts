import writeXlsxFile from "write-excel-file/browser";
import { batchTemplateRows } from "./batch-template";

/** Saves the batch template (.xlsx), made in the browser. */
export async function downloadBatchTemplate(): Promise<void> {
  await writeXlsxFile(batchTemplateRows(), {
    sheet: "制卡申请",
    columns: [{ width: 14 }, { width: 24 }, { width: 16 }, { width: 28 }],
    stickyRowsCount: 1,
  }).toFile("医保卡批量申领模板.xlsx");
}
