import { formatDateTime } from "@yibao/ui";
import writeXlsxFile from "write-excel-file/browser";
import {
  type RatingsSummary,
  ratingFiguresSheet,
  ratingRowsSheet,
  ratingsFileName,
  ratingsSheetNames,
} from "./ratings-sheet";

/** Saves the period's ratings as an .xlsx file made in the browser (figures, then every rating); answers its name. */
export async function exportRatingsWorkbook(
  summary: RatingsSummary,
  range: { from: string; to: string },
): Promise<string> {
  const fileName = ratingsFileName(range);
  await writeXlsxFile([
    {
      data: ratingFiguresSheet(summary),
      sheet: ratingsSheetNames.figures,
      columns: [{ width: 24 }, ...Array.from({ length: 11 }, () => ({ width: 12 }))],
    },
    {
      data: ratingRowsSheet(summary, formatDateTime),
      sheet: ratingsSheetNames.rows,
      columns: [
        { width: 18 },
        { width: 18 },
        { width: 20 },
        ...Array.from({ length: 5 }, () => ({ width: 8 })),
        { width: 40 },
        { width: 12 },
        { width: 12 },
        { width: 14 },
      ],
    },
  ]).toFile(fileName);
  return fileName;
}
