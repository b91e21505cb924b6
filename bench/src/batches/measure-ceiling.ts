import { checkBatchRow, chinaToday, markDuplicateRows } from "@yibao/domain";
import type pg from "pg";
// The batch's guarded read, as the check calls it: @yibao/spreadsheet and the template's columns.
import { readBatchSheet } from "../../../packages/api/src/services/employers/read-batch-sheet";
import { copyFromText, copyText } from "./copy-from-text";
import { measureStep } from "./measure-step";

export interface CeilingRun {
  readMs: number;
  checkMs: number;
  copyMs: number;
  totalMs: number;
  /** This process's CPU during the run. */
  cpuMs: number;
  startRss: number;
  peakRss: number;
  load: number[];
  copied: number;
}

const columns =
  "row_number int, name text, resident_id char(18), birth_date date, sex char(1), phone text";

/**
 * The ceiling (issue 17): the least a server can do with the same file — the guarded read
 * (`readBatchSheet`: the bytes sniffed, the zip's limits, the XML parsed, every cell as text,
 * the columns found by their headers), the same per-row checks (`checkBatchRow`, the file's
 * duplicates), and one `COPY` of the valid rows into a fresh scratch table through `pg`. No
 * sealing, no blind index, no look-up of the county's records, no Prisma, no audit trail. The
 * 服务点 cells are blank, so the county's service points are never consulted by either side.
 */
export async function measureCeiling(
  client: pg.Client,
  bytes: Uint8Array,
  options: { fileName: string; now: Date; run: number },
): Promise<CeilingRun> {
  const table = `batch_ceiling_${options.run}`;
  await client.query(`CREATE TABLE ${table} (${columns})`);
  const today = chinaToday(options.now);
  const measured = await measureStep(async () => {
    const started = performance.now();
    const sheet = await readBatchSheet(bytes, options.fileName);
    if (!sheet.ok) throw new Error(`The ceiling's sheet was refused: ${sheet.code}.`);
    const read = performance.now();
    const checked = sheet.rows.map(({ row, cells }) => ({
      row,
      cells,
      ...checkBatchRow(cells, { today, servicePoints: [] }),
    }));
    const duplicates = markDuplicateRows(checked.map((row) => row.person?.residentId ?? null));
    const valid = checked.flatMap((row, position) =>
      row.person && row.phone && row.errors.length === 0 && !duplicates.has(position)
        ? [
            [
              row.row,
              row.cells.name.trim(),
              row.person.residentId,
              row.person.birthDate,
              row.person.sex,
              row.phone,
            ],
          ]
        : [],
    );
    const check = performance.now();
    const copied = await copyFromText(client, `COPY ${table} FROM STDIN`, copyText(valid));
    const ended = performance.now();
    return {
      readMs: read - started,
      checkMs: check - read,
      copyMs: ended - check,
      copied,
      invalid: checked.length - valid.length,
    };
  });
  if (measured.value.invalid > 0) {
    throw new Error(
      `${measured.value.invalid} rows of the ceiling's sheet did not pass the checks.`,
    );
  }
  return {
    readMs: measured.value.readMs,
    checkMs: measured.value.checkMs,
    copyMs: measured.value.copyMs,
    totalMs: measured.ms,
    cpuMs: measured.cpuMs,
    startRss: measured.startRss,
    peakRss: measured.peakRss,
    load: measured.load,
    copied: measured.value.copied,
  };
}
