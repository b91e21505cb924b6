import { sessionCookieNames } from "@yibao/api";
import type autocannon from "autocannon";
import { type LoadResult, runLoad } from "./run-load";
import type { RunningServer } from "./start-server";

export interface HotReadRound {
  server: RunningServer["kind"];
  result: LoadResult;
}

export interface HotReadOptions {
  connections: number;
  roundSeconds: number;
  /** The order of the measured rounds, e.g. project, ceiling, ceiling, project, … */
  order: Array<"project" | "ceiling">;
}

const summaryPath = "/trpc/citizen.accountSummary";
const transactionsPath = "/trpc/citizen.recentTransactions";

/** What the citizen app's fetch sends with each call (httpLink, queries as POST). */
function headersFor(server: RunningServer): Record<string, string> {
  return {
    "content-type": "application/json",
    origin: server.url,
    "sec-fetch-site": "same-origin",
  };
}

/**
 * The home page's two calls, as the app makes them: the summary, then the last 20
 * transactions, with one session's cookie; each connection then moves on to the next of the
 * `tokens`, round the 2,000 sessions.
 */
function homePageRequests(tokens: string[]): autocannon.Request[] {
  let next = 0;
  type Visit = { cookie?: string };
  return [
    {
      method: "POST",
      path: summaryPath,
      setupRequest(request, context) {
        const visit = context as Visit;
        visit.cookie = `${sessionCookieNames.CITIZEN}=${tokens[next % tokens.length]}`;
        next += 1;
        request.headers = { ...request.headers, cookie: visit.cookie };
        return request;
      },
    },
    {
      method: "POST",
      path: transactionsPath,
      body: JSON.stringify({ limit: 20 }),
      setupRequest(request, context) {
        request.headers = { ...request.headers, cookie: (context as Visit).cookie };
        return request;
      },
    },
  ];
}

/** Both servers' answers to one visit, with the moment of the answer left out. */
export async function sameAnswers(
  project: RunningServer,
  ceiling: RunningServer,
  token: string,
): Promise<{ same: boolean; entries: number }> {
  const call = async (server: RunningServer, path: string, body?: string) => {
    const response = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { ...headersFor(server), cookie: `${sessionCookieNames.CITIZEN}=${token}` },
      body,
    });
    if (!response.ok) throw new Error(`${server.kind} ${path}: HTTP ${response.status}`);
    return (await response.json()) as { result: { data: Record<string, unknown> } };
  };
  const withoutTime = (answer: { result: { data: Record<string, unknown> } }) =>
    JSON.stringify({ ...answer.result.data, asOf: undefined });
  const [projectSummary, ceilingSummary, projectEntries, ceilingEntries] = await Promise.all([
    call(project, summaryPath),
    call(ceiling, summaryPath),
    call(project, transactionsPath, JSON.stringify({ limit: 20 })),
    call(ceiling, transactionsPath, JSON.stringify({ limit: 20 })),
  ]);
  return {
    same:
      withoutTime(projectSummary) === withoutTime(ceilingSummary) &&
      JSON.stringify(projectEntries) === JSON.stringify(ceilingEntries),
    entries: (projectEntries.result.data.entries as unknown[]).length,
  };
}

/**
 * The hot read under load, the project and the ceiling in turn in the same run: a warm-up of
 * each, then rounds in `options.order` (ABBA, so that a drift of the machine's load falls on both).
 */
export async function measureHotRead(
  servers: { project: RunningServer; ceiling: RunningServer },
  tokens: string[],
  options: HotReadOptions,
): Promise<HotReadRound[]> {
  const load = (server: RunningServer, seconds: number, amount?: number) =>
    runLoad(server, {
      connections: options.connections,
      duration: seconds,
      amount,
      headers: headersFor(server),
      requests: homePageRequests(tokens),
    });
  // Every session visited once on each server first: each person's pages are in the cache and
  // both servers' code is warm before anything is counted.
  for (const server of [servers.project, servers.ceiling]) {
    await load(server, 120, tokens.length * 2);
  }
  const rounds: HotReadRound[] = [];
  for (const kind of options.order) {
    const result = await load(servers[kind], options.roundSeconds);
    process.stderr.write(
      `hot read, ${kind}: ${result.perSecond.toFixed(0)}/s, ${result.failed} failed\n`,
    );
    rounds.push({ server: kind, result });
  }
  return rounds;
}
