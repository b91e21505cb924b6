import type { TFunction } from "i18next";
import writeXlsxFile from "write-excel-file/browser";
import { batchErrorRows } from "./batch-error-rows";
import type { InvalidRow } from "./batch-report-types";
import { rowProblemWords } from "./row-problem-words";

/** Saves a batch's error file (.xlsx), made in the browser, named after the employer's file. */
export async function downloadBatchErrors(
  t: TFunction,
  fileName: string,
  rows: readonly InvalidRow[],
): Promise<void> {
  const sheet = batchErrorRows(rows, {
    rowHeader: t("batch.rowColumn"),
    problemHeader: t("batch.problemColumn"),
    problemsOf: (row) => row.errors.map((problem) => rowProblemWords(t, problem)).join("；"),
  });
  const base = fileName.replace(/\.[^.]*$/, "");
  await writeXlsxFile(sheet, {
    sheet: "错误清单",
    columns: [
      { width: 8 },
      { width: 14 },
      { width: 24 },
      { width: 16 },
      { width: 24 },
      { width: 60 },
    ],
    stickyRowsCount: 1,
  }).toFile(`错误清单-${base}.xlsx`);
}
