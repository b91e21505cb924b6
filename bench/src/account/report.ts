import type { AdapterCase } from "./measure-adapter";
import type { HotReadRound } from "./measure-hot-read";
import type { SettlementRun } from "./measure-settlement";
import { type LoadResult, percentile } from "./run-load";

interface Pooled {
  perSecond: number;
  p50: number;
  p99: number;
  failed: number;
  cpuPerRequest: number;
}

const ms = (value: number) => value.toFixed(1);
const count = (value: number) => Math.round(value).toLocaleString("en");
const header = [
  "| | answers/s | p50 ms | p99 ms | failed | server CPU µs/answer |",
  "|---|---:|---:|---:|---:|---:|",
];

/** Several runs as one: answers over the seconds they took, percentiles over every answer. */
function pooled(results: LoadResult[]): Pooled {
  const latencies = results.flatMap((result) => result.latencies).sort((a, b) => a - b);
  const ok = results.reduce((sum, result) => sum + result.ok, 0);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  const cpu = results.reduce((sum, result) => sum + result.cpuPerRequest * result.ok, 0);
  return {
    perSecond: ok / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    failed: results.reduce((sum, result) => sum + result.failed, 0),
    cpuPerRequest: cpu / ok,
  };
}

function row(label: string, p: Pooled): string {
  return `| ${label} | ${count(p.perSecond)} | ${ms(p.p50)} | ${ms(p.p99)} | ${count(p.failed)} | ${count(p.cpuPerRequest)} |`;
}

/** Each round, both servers over all their rounds, and the ratio the issue asks for. */
export function hotReadSection(rounds: HotReadRound[]): string[] {
  const of = (kind: HotReadRound["server"]) =>
    pooled(rounds.filter((round) => round.server === kind).map((round) => round.result));
  const project = of("project");
  const ceiling = of("ceiling");
  return [
    ...header,
    ...rounds.map((round, index) =>
      row(`round ${index + 1}, ${round.server}`, pooled([round.result])),
    ),
    row("**project, all rounds**", project),
    row("**ceiling, all rounds**", ceiling),
    "",
    `**Project / ceiling: ${(project.perSecond / ceiling.perSecond).toFixed(2)}** (p99 ${ms(project.p99)} ms against ${ms(ceiling.p99)} ms).`,
  ];
}

export function adapterSection(cases: AdapterCase[]): string[] {
  const names = [...new Set(cases.map((c) => c.name))];
  return [
    ...header,
    ...names.map((name) =>
      row(name, pooled(cases.filter((c) => c.name === name).map((c) => c.result))),
    ),
  ];
}

export function settlementSection(runs: Array<[string, SettlementRun]>): string[] {
  return [
    "| case | settled/s | p50 ms | p99 ms | answers by status | failed | recorded | accounts that do not add up |",
    "|---|---:|---:|---:|---|---:|---:|---:|",
    ...runs.map(([name, run]) => {
      const statuses = Object.entries(run.result.statuses)
        .map(([status, n]) => `${status}: ${count(n)}`)
        .join(", ");
      return `| ${name} | ${count(run.result.perSecond)} | ${ms(percentile(run.result.latencies, 0.5))} | ${ms(percentile(run.result.latencies, 0.99))} | ${statuses} | ${count(run.result.failed)} | ${count(run.recorded)} | ${run.inconsistent} |`;
    }),
  ];
}
