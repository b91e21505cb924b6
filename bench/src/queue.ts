/**
 * The counter queue's benchmark (docs/benchmarks.md, "Counter queue"): a fresh database on the
 * local PostgreSQL (TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres), a
 * generated county, `applicationQueue` timed for two scopes and three queues, the plans of its
 * SQL; the database is dropped at the end. Prints its figures as Markdown.
 */
import { calendar2026, seedWorkingCalendar } from "@yibao/db";
import { createTestDatabase } from "@yibao/db/testing";
import { type ApplicationQueue, chinaToday } from "@yibao/domain";
import pg from "pg";
import { compareRewrite, type RewriteTiming } from "./queue/compare-rewrite";
import { generateCounty } from "./queue/generate-county";
import { measureQueue, type QueueCase, type QueueTiming } from "./queue/measure-queue";
import { runHeading } from "./report/run-heading";

// A Wednesday morning in the county, 10:00 in China: the day the due dates are spread around.
const now = new Date("2026-11-25T02:00:00.000Z");
// `queue 20000` runs a smaller county, to try the script out.
const size = { servicePoints: 50, people: Number(process.argv[2] ?? 200_000) };
const options = { warmUp: 20, calls: 200, pageSize: 50, deepPages: 100, now };
const queues: ApplicationQueue[] = ["TO_VERIFY", "ALL_OPEN", "OVERDUE"];

const ms = (value: number) => value.toFixed(1);

function timingTable(timings: QueueTiming[]): string {
  const lines = [
    "| scope | queue | page | rows before | p50 ms | p99 ms |",
    "|---|---|---|---:|---:|---:|",
  ];
  for (const t of timings) {
    lines.push(
      `| ${t.scope} | ${t.queue} | ${t.page} | ${t.depth.toLocaleString("en")} | ${ms(t.p50)} | ${ms(t.p99)} |`,
    );
  }
  return lines.join("\n");
}

async function main() {
  const test = await createTestDatabase("postgres");
  const client = new pg.Client({ connectionString: test.databaseUrl });
  try {
    await client.connect();
    await seedWorkingCalendar(test.database.prisma, calendar2026);
    const started = performance.now();
    const county = await generateCounty(client, test.database.protector, size, chinaToday(now));
    const generation = performance.now() - started;

    const sizes = await client.query<{
      scope: string;
      status: string;
      overdue: boolean;
      n: string;
    }>(
      `SELECT CASE WHEN service_point_id = $1 THEN 'busiest point' ELSE 'other' END AS scope,
              status::text AS status, due_date < $2::date AS overdue, count(*)::text AS n
         FROM card_application GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [county.busiestServicePointId, chinaToday(now)],
    );

    const cases: QueueCase[] = [
      {
        scope: "service point clerk",
        role: "SERVICE_POINT_CLERK",
        servicePointId: county.busiestServicePointId,
        queue: "TO_VERIFY",
      },
      {
        scope: "county centre clerk",
        role: "COUNTY_CENTRE_CLERK",
        servicePointId: county.countyCentreId,
        queue: "TO_VERIFY",
      },
    ].flatMap((base) => queues.map((queue) => ({ ...base, queue }) as QueueCase));
    const timings: QueueTiming[] = [];
    for (const queueCase of cases) {
      timings.push(...(await measureQueue(test.database, client, queueCase, options)));
      process.stderr.write(`measured ${queueCase.scope} ${queueCase.queue}\n`);
    }

    const rewrites: RewriteTiming[] = [];
    for (const timing of timings) {
      const servicePointId =
        timing.scope === "service point clerk" ? county.busiestServicePointId : null;
      rewrites.push(await compareRewrite(client, timing, servicePointId, options));
    }
    process.stderr.write("compared the rewrite\n");

    const out = [
      ...(await runHeading(client, "Counter queue", now, {
        phases: county.phases,
        totalMs: generation,
      })),
      "",
      "### Applications by status (busiest point = the clerk's)",
      "",
      "| scope | status | past due | rows |",
      "|---|---|---|---:|",
      ...sizes.rows.map((r) => `| ${r.scope} | ${r.status} | ${r.overdue} | ${r.n} |`),
      "",
      `### applicationQueue, ${options.calls} calls after ${options.warmUp} of warm-up, ${options.pageSize} a page`,
      "",
      timingTable(timings),
      "",
      "### The queue's SQL alone, current against one index scan per status (raw, one connection)",
      "",
      "| scope | queue | page | current p50 | current p99 | rewrite p50 | rewrite p99 | same rows |",
      "|---|---|---|---:|---:|---:|---:|---|",
      ...rewrites.map(
        (r) =>
          `| ${r.scope} | ${r.queue} | ${r.page} | ${ms(r.current.p50)} | ${ms(r.current.p99)} | ${ms(r.rewrite.p50)} | ${ms(r.rewrite.p99)} | ${r.sameRows} |`,
      ),
      "",
      "### Plans",
      "",
      ...timings.flatMap((t) => [
        `#### ${t.scope}, ${t.queue}, ${t.page} page`,
        "",
        "```",
        t.plan,
        "```",
        "",
      ]),
      "### Plans of the rewrite",
      "",
      ...rewrites.flatMap((r) => [
        `#### ${r.scope}, ${r.queue}, ${r.page} page (rewrite)`,
        "",
        "```",
        r.plan,
        "```",
        "",
      ]),
    ];
    process.stdout.write(`${out.join("\n")}\n`);
  } finally {
    await client.end().catch(() => {});
    await test.drop();
  }
}

void main();
