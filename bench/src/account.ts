/**
 * The account's benchmark (docs/benchmarks.md, "Account summary" and "Settlement"): a fresh
 * database on the local PostgreSQL (TEST_POSTGRES_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres), a generated county of insured with a year of
 * history, 2,000 live sessions; the home page's two reads driven by autocannon against the
 * project's server and against a minimal Express + pg server running the same statements, in
 * turn; what the HTTP layers cost without SQL; then settlements through the project's server.
 * The database is dropped at the end. Prints its figures as Markdown.
 */
import { loadavg } from "node:os";
import { createTestDatabase } from "@yibao/db/testing";
import { chinaToday, monthOf } from "@yibao/domain";
import pg from "pg";
import { ownAccountSummaryStatement } from "../../packages/api/src/services/account/get-account-summary";
import { ownRecentEntriesStatement } from "../../packages/api/src/services/account/list-recent-transactions";
import { citizenSessionCtes } from "../../packages/api/src/services/auth/resolve-session";
import { sessionIdFor } from "../../packages/api/src/services/auth/session-token";
import { generateAccounts } from "./account/generate-accounts";
import { issueEcardTokens } from "./account/issue-tokens";
import { measureAdapter } from "./account/measure-adapter";
import { measureHotRead, sameAnswers } from "./account/measure-hot-read";
import { measureSettlement, richestPerson } from "./account/measure-settlement";
import { openCitizenSessions, openOperatorSessions } from "./account/open-sessions";
import { adapterSection, hotReadSection, settlementSection } from "./account/report";
import { type RunningServer, startServer } from "./account/start-server";
// The queue benchmark's EXPLAIN (ANALYZE, BUFFERS) of a statement with its values.
import { explain } from "./queue/measure-queue";
import { runHeading } from "./report/run-heading";

// `account 20000` runs a smaller county, to try the script out.
const size = { people: Number(process.argv[2] ?? 1_000_000), institutions: 300 };
const liveSessions = 2_000;
const connections = 50;
// Each server's pool: the project's default (createDatabase), and the same for the ceiling.
const poolSize = 10;
const hotRead = {
  connections,
  roundSeconds: 10,
  // ABBA…: a drift of the machine's load falls on both servers alike.
  order: [
    "project",
    "ceiling",
    "ceiling",
    "project",
    "project",
    "ceiling",
    "ceiling",
    "project",
    "project",
    "ceiling",
  ] as const,
};
const adapter = { connections, seconds: 5, rounds: 2 };
const settlement = { spreadTokens: 4_000, sameAccountTokens: 50, amountFen: 3_000 };

async function main() {
  const now = new Date();
  const test = await createTestDatabase("postgres");
  const client = new pg.Client({ connectionString: test.databaseUrl });
  const servers: RunningServer[] = [];
  try {
    await client.connect();
    const started = performance.now();
    const county = await generateAccounts(
      client,
      test.database.protector,
      size,
      monthOf(chinaToday(now)),
    );
    const generation = performance.now() - started;

    // The sessions belong to people spread over the whole county.
    const people = Array.from({ length: liveSessions }, (_, k) =>
      Math.floor((k * size.people) / liveSessions + 1),
    );
    const tokens = await openCitizenSessions(client, people, new Date());
    const operators = await openOperatorSessions(client, new Date());
    const databaseUrl = test.databaseUrl as string;
    const [project, ceiling, probe] = await Promise.all([
      startServer("project", { databaseUrl, poolSize }),
      startServer("ceiling", { databaseUrl, poolSize }),
      startServer("probe", { databaseUrl, poolSize }),
    ]);
    servers.push(project, ceiling, probe);

    const answers = await sameAnswers(project, ceiling, tokens[0] as string);
    const sessionOf = (token: string) => citizenSessionCtes(sessionIdFor(token), new Date());
    const plans = {
      summary: await explain(
        client,
        ownAccountSummaryStatement(sessionOf(tokens[1] as string), new Date()),
      ),
      transactions: await explain(
        client,
        ownRecentEntriesStatement(sessionOf(tokens[1] as string), 20),
      ),
    };

    const loadBefore = loadavg();
    const rounds = await measureHotRead({ project, ceiling }, tokens, {
      ...hotRead,
      order: [...hotRead.order],
    });
    const loadAfter = loadavg();
    const adapterCases = await measureAdapter({ probe, project }, adapter);
    process.stderr.write("measured the layers\n");

    // Settlements: one bill each for people spread over the county, then 50 bills at once on
    // one account.
    const spreadPeople = Array.from({ length: settlement.spreadTokens }, (_, k) =>
      Math.floor((k * size.people) / settlement.spreadTokens + 1),
    );
    const spread = await measureSettlement(client, project, {
      run: "SPREAD",
      tokens: await issueEcardTokens(
        client,
        test.database.protector,
        spreadPeople,
        new Date(),
        1800,
      ),
      operators,
      amountFen: settlement.amountFen,
      connections,
    });
    process.stderr.write(`settled, spread: ${spread.result.perSecond.toFixed(0)}/s\n`);
    const richest = await richestPerson(client, 1_000);
    const sameAccount = await measureSettlement(client, project, {
      run: "ONE",
      tokens: await issueEcardTokens(
        client,
        test.database.protector,
        Array.from({ length: settlement.sameAccountTokens }, () => richest.n),
        new Date(),
        1800,
      ),
      operators,
      amountFen: 100,
      connections,
    });
    const after = await client.query<{ balance_fen: number }>(
      `SELECT balance_fen FROM account WHERE person_id = md5('bench-person-' || $1)::uuid`,
      [richest.n],
    );

    const out = [
      ...(await runHeading(client, "Account summary", now, {
        phases: county.phases,
        totalMs: generation,
      })),
      "",
      `Rows: ${Object.entries(county.rows)
        .map(([table, n]) => `${table} ${n.toLocaleString("en")}`)
        .join(", ")}; months ${county.months[0]}–${county.months.at(-1)}.`,
      "",
      `Both servers give the same answers (the moment aside): **${answers.same}** (a summary and ${answers.entries} entries).`,
      "",
      `### The home page's two reads: ${connections} connections, ${liveSessions.toLocaleString("en")} sessions, ${hotRead.roundSeconds} s rounds in turn`,
      "",
      `Load average (1, 5, 15 min) before the rounds: ${loadBefore.map((n) => n.toFixed(1)).join(", ")}; after: ${loadAfter.map((n) => n.toFixed(1)).join(", ")}.`,
      "",
      ...hotReadSection(rounds),
      "",
      `### Without SQL: what the layers cost (${adapter.rounds} rounds of ${adapter.seconds} s, ${connections} connections)`,
      "",
      ...adapterSection(adapterCases),
      "",
      "### Plans (one visit, EXPLAIN ANALYZE)",
      "",
      "```",
      plans.summary,
      "```",
      "",
      "```",
      plans.transactions,
      "```",
      "",
      `## Settlement — ${now.toISOString()}`,
      "",
      ...settlementSection([
        [
          `${settlement.spreadTokens.toLocaleString("en")} bills, one per account, ${operators.length} tills`,
          spread,
        ],
        [`${settlement.sameAccountTokens} bills at once on one account`, sameAccount],
      ]),
      "",
      `The one account: ${richest.balanceFen} fen before, ${after.rows[0]?.balance_fen} fen after ${settlement.sameAccountTokens} × 100 fen.`,
    ];
    process.stdout.write(`${out.join("\n")}\n`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await client.end().catch(() => {});
    await test.drop();
  }
}

void main();
