/**
 * The employer batch's benchmark (issue 17; docs/benchmarks.md, "Employer batch (10,000 rows)"):
 * a 10,000-row .xlsx of new employees checked and submitted by the demo agent 杨帆 on a seeded
 * demo county, on PostgreSQL (TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * and on PGlite, each run against the ceiling measured just before it (guard, parse, the same row
 * checks, one COPY through pg). Each measurement runs in a process of its own, so that each peak
 * memory is its own; every database is dropped at the end. Prints its figures as Markdown.
 */
import { cpus, totalmem } from "node:os";
import { testPostgresUrl } from "@yibao/db/testing";
import pg from "pg";
import { emptyPostgres, seededDatabase } from "./batches/bench-databases";
import { benchmarkNow } from "./batches/benchmark-now";
import { type Floor, measureFloor } from "./batches/measure-floor";
import type { Measurement, MeasurementKind } from "./batches/measurement";
import { batchSection, floorSection, profileSection, targets } from "./batches/report";
import { startMeasurement } from "./batches/start-measurement";
import { type Phase, timedPhase } from "./batches/timed-phase";
import { runHeading } from "./report/run-heading";

// `batches 1000` runs a smaller sheet, to try the script out.
const rows = Number(process.argv[2] ?? 10_000);
const databases: Array<{ kind: Exclude<MeasurementKind, "ceiling">; title: string }> = [
  { kind: "postgres", title: "PostgreSQL" },
  { kind: "pglite", title: "PGlite (in process; the ceiling's COPY on PostgreSQL)" },
];

async function main() {
  const now = new Date();
  const started = performance.now();
  const made: Phase[] = [];
  const runs: Array<{ title: string; ceiling: Measurement; project: Measurement }> = [];
  let floor: { floor: Floor; ceiling: Measurement } | undefined;
  for (const { kind, title } of databases) {
    const seeded = await timedPhase(made, `the demo county seeded on ${kind}`, () =>
      seededDatabase(kind, benchmarkNow),
    );
    try {
      const scratch = await timedPhase(
        made,
        `an empty database for the ceiling before ${kind}`,
        emptyPostgres,
      );
      try {
        process.stderr.write(`ceiling before ${kind}\n`);
        const ceiling = await startMeasurement("ceiling", scratch.where, rows);
        process.stderr.write(`${kind}\n`);
        const project = await startMeasurement(kind, seeded.where, rows);
        runs.push({ title, ceiling, project });
        if (kind === "postgres") {
          process.stderr.write("the floor on postgres\n");
          floor = { floor: await measureFloor(seeded.where, rows), ceiling };
        }
      } finally {
        await scratch.drop();
      }
    } finally {
      await seeded.drop();
    }
  }
  const totalMs = performance.now() - started;

  const client = new pg.Client({ connectionString: testPostgresUrl() });
  try {
    await client.connect();
    const phases = [
      ...made,
      ...runs.flatMap(({ ceiling, project }) =>
        [ceiling, project].flatMap((m) =>
          m.setup.map((phase) => ({ name: `${m.kind}'s process: ${phase.name}`, ms: phase.ms })),
        ),
      ),
    ];
    const sheetBytes = runs[0]?.project.sheetBytes ?? 0;
    const out = [
      ...(await runHeading(client, `Employer batch (${rows.toLocaleString("en")} rows)`, now, {
        phases,
        totalMs,
      })),
      "",
      `Node ${process.version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; the sheet: ${rows.toLocaleString("en")} rows, ${(sheetBytes / 1024).toFixed(0)} KB. MB are 2^20 bytes. Targets: check + submit within ${targets.ofCeiling}× the ceiling, peak memory under ${targets.peakMb} MB.`,
      "",
      ...runs.flatMap(({ title, ceiling, project }) => [
        ...batchSection(title, project, ceiling),
        "",
      ]),
      ...(floor ? [...floorSection(floor.floor, floor.ceiling), ""] : []),
      "### Where the check's and the submit's time went",
      "",
      ...runs.flatMap(({ title, project }) => profileSection(title, project)),
    ];
    process.stdout.write(`${out.join("\n")}\n`);
  } finally {
    await client.end().catch(() => {});
  }
}

void main();
