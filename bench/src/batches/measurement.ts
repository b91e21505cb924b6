/**
 * One measurement of the batch benchmark, in a process of its own so that its memory is its own:
 * `measurement.ts ceiling <empty database URL> <rows>`, or `measurement.ts postgres <URL> <rows>`
 * and `measurement.ts pglite <data directory> <rows>` on a seeded demo county, which it opens as
 * the server does (`createDatabase`). It builds the sheet, measures, and sends what it found to
 * the parent over IPC; the parent made the database and drops it.
 */
import { loadavg } from "node:os";
import { createDatabase } from "@yibao/db";
import pg from "pg";
import { benchmarkNow } from "./benchmark-now";
import { employeeSheet } from "./employee-sheet";
import { type CeilingRun, measureCeiling } from "./measure-ceiling";
import { measureProject, type ProjectRun } from "./measure-project";
import { processMaxRss } from "./measure-step";
import { type Phase, timedPhase } from "./timed-phase";

export type MeasurementKind = "ceiling" | "postgres" | "pglite";

export interface Measurement {
  kind: MeasurementKind;
  rows: number;
  sheetBytes: number;
  /** What was done before measuring, in the order it ran. */
  setup: Phase[];
  /** The ceiling's runs, one after the other in this process. */
  ceiling?: CeilingRun[];
  project?: ProjectRun;
  /** The process's largest RSS over everything it did, in bytes. */
  maxRss: number;
  load: { before: number[]; after: number[] };
}

const fileName = "员工名单.xlsx";
const ceilingRuns = 3;

async function measure(kind: MeasurementKind, where: string, rows: number): Promise<Measurement> {
  const before = loadavg();
  const setup: Measurement["setup"] = [];
  const bytes = await timedPhase(setup, `the ${rows.toLocaleString("en")}-row sheet built`, () =>
    employeeSheet(rows),
  );
  const result: Omit<Measurement, "maxRss" | "load"> = {
    kind,
    rows,
    sheetBytes: bytes.byteLength,
    setup,
  };
  if (kind === "ceiling") {
    const client = new pg.Client({ connectionString: where });
    try {
      await client.connect();
      result.ceiling = [];
      for (let run = 1; run <= ceilingRuns; run++) {
        result.ceiling.push(
          await measureCeiling(client, bytes, { fileName, now: benchmarkNow, run }),
        );
      }
    } finally {
      await client.end().catch(() => {});
    }
  } else {
    const database = await timedPhase(setup, `the seeded ${kind} database opened`, () =>
      createDatabase(kind === "postgres" ? { databaseUrl: where } : { pgliteDir: where }),
    );
    try {
      result.project = await measureProject(database, bytes, {
        fileName,
        now: benchmarkNow,
        idempotencyKey: `bench-batches-${kind}`,
      });
    } finally {
      await database.close();
    }
  }
  return { ...result, maxRss: processMaxRss(), load: { before, after: loadavg() } };
}

async function main() {
  const [kind, where, rows] = process.argv.slice(2);
  const measured = await measure(kind as MeasurementKind, where ?? "", Number(rows));
  // Sent, then gone: nothing of this process is left to linger.
  process.send?.(measured, () => process.exit(0));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
