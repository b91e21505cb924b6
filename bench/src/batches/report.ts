import type { CeilingRun } from "./measure-ceiling";
import type { Floor } from "./measure-floor";
import type { ProjectStep, ProjectStepName } from "./measure-project";
import type { Measurement } from "./measurement";
import type { Tally } from "./tally";

/** The targets: check + submit within 2× the ceiling, peak memory under 300 MB. */
export const targets = { ofCeiling: 2, peakMb: 300 };

const inTarget: readonly ProjectStepName[] = ["check request", "check", "submit"];
/** The steps that handle every row; the others handle one file or one request. */
const perRow: readonly ProjectStepName[] = ["check", "submit"];
const stepLabels: Record<ProjectStepName, string> = {
  upload: "upload (POST /uploads: SHA-256, sealed, kept)",
  "check request": "`employer.batches.check` (the request)",
  check: "check (the job: `checkEmployerBatch`)",
  letter: "letter of introduction (upload + `attachLetter`)",
  submit: "`employer.batches.submit`",
};
const checkAndSubmit = "**check + submit** (request, job, submit)";

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const s = (ms: number) => (ms / 1000).toFixed(2);
const count = (n: number) => n.toLocaleString("en");
const perSecond = (rows: number, ms: number) => count(Math.round((rows * 1000) / ms));
const load = (values: readonly number[]) => values.map((n) => n.toFixed(1)).join(", ");
const sum = (values: readonly number[]) => values.reduce((total, n) => total + n, 0);
const tallied = (tallies: readonly Tally[]) => ({
  count: sum(tallies.map((t) => t.count)),
  ms: sum(tallies.map((t) => t.ms)),
});

/** The ceiling's run of median total time. */
function medianCeiling(runs: readonly CeilingRun[]): CeilingRun {
  const sorted = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error("The ceiling did not run.");
  return median;
}

/** Several steps as one: their times added, their memory from the first's start to the peak. */
function combined(steps: readonly ProjectStep[]) {
  const postgres = steps.map((step) => step.postgresCpuMs);
  return {
    ms: sum(steps.map((step) => step.ms)),
    cpuMs: sum(steps.map((step) => step.cpuMs)),
    postgresCpuMs: postgres.every((ms) => ms !== null) ? sum(postgres as number[]) : null,
    startRss: steps[0]?.startRss ?? 0,
    peakRss: Math.max(...steps.map((step) => step.peakRss)),
    database: {
      busyMs: sum(steps.map((step) => step.database.busyMs)),
      ...tallied(steps.flatMap((step) => step.database.statements)),
    },
    protector: tallied(steps.flatMap((step) => step.protector)),
  };
}

function figuresRow(label: string, rows: number | null, steps: readonly ProjectStep[]): string {
  const c = combined(steps);
  return `| ${label} | ${rows === null ? "" : perSecond(rows, c.ms)} | ${s(c.ms)} | ${mb(c.startRss)} | ${mb(c.peakRss)} |`;
}

function ceilingRow(label: string, rows: number, run: CeilingRun, ms: number): string {
  return `| ${label} | ${perSecond(rows, ms)} | ${s(ms)} | ${mb(run.startRss)} | ${mb(run.peakRss)} |`;
}

function timeRow(label: string, steps: readonly ProjectStep[]): string {
  const c = combined(steps);
  const postgres = c.postgresCpuMs === null ? "in Node's" : s(c.postgresCpuMs);
  return `| ${label} | ${s(c.ms)} | ${s(c.cpuMs)} | ${postgres} | ${s(c.database.busyMs)} (${c.database.count}) | ${s(c.protector.ms)} (${count(c.protector.count)}) | ${s(c.ms - c.database.busyMs - c.protector.ms)} |`;
}

/** One database's figures against the ceiling measured just before them. */
export function batchSection(title: string, project: Measurement, ceiling: Measurement): string[] {
  const run = project.project;
  const runs = ceiling.ceiling;
  if (!run || !runs) throw new Error("A measurement came back without its figures.");
  const rows = run.written.rows;
  const median = medianCeiling(runs);
  const measured = run.steps.filter((step) => inTarget.includes(step.name));
  const { ms, startRss, peakRss } = combined(measured);
  const allowedMs = targets.ofCeiling * median.totalMs;
  const met = (ok: boolean) => (ok ? "met" : "not met");
  const w = run.written;
  return [
    `### ${title}`,
    "",
    `Load average (1, 5, 15 min): ${load(ceiling.load.before)} before the ceiling's runs, ${load(project.load.before)} before the project's, ${load(project.load.after)} after it.`,
    "",
    "| step | rows/s | s | RSS before MB | peak RSS MB |",
    "|---|---:|---:|---:|---:|",
    ...run.steps.map((step) =>
      figuresRow(stepLabels[step.name], perRow.includes(step.name) ? rows : null, [step]),
    ),
    figuresRow(checkAndSubmit, rows, measured),
    ...runs.map((r, index) => ceilingRow(`ceiling, run ${index + 1}`, rows, r, r.totalMs)),
    ceilingRow("ceiling (median run): guard + parse", rows, median, median.readMs),
    ceilingRow("ceiling (median run): row checks", rows, median, median.checkMs),
    ceilingRow("ceiling (median run): one `COPY` through `pg`", rows, median, median.copyMs),
    ceilingRow("**ceiling** (median of 3)", rows, median, median.totalMs),
    "",
    `Check + submit: ${s(ms)} s, ${(ms / median.totalMs).toFixed(1)}× the ceiling (${s(median.totalMs)} s); 2× the ceiling is ${s(allowedMs)} s, and check + submit is ${(ms / allowedMs).toFixed(1)}× that: **target ${met(ms <= allowedMs)}**.`,
    "",
    `Peak memory: ${mb(project.maxRss)} MB, the process's high-water mark (VmHWM; ${mb(startRss)} MB before the check was asked for, ${mb(peakRss)} MB the most sampled during check + submit; the ceiling's process: ${mb(ceiling.maxRss)} MB): **target < ${targets.peakMb} MB ${met(project.maxRss < targets.peakMb * 1024 * 1024)}**.`,
    "",
    `Written: ${count(rows)} rows checked (${count(w.valid)} valid), ${count(w.applications)} applications, ${count(w.actions)} actions, ${count(w.employments)} people enrolled (employment), ${count(w.notices)} inbox notices, ${count(w.texts)} text messages queued, ${w.audit} audit entries; the ceiling copied ${count(median.copied)} rows.`,
    "",
    "Where the time went (statements: with one in flight through Prisma; sealing: the data protector's calls; the rest: everything else in Node):",
    "",
    "| step | s | Node CPU s | PostgreSQL CPU s | statements s (n) | sealing, opening, hashing s (n) | the rest s |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...run.steps.map((step) => timeRow(stepLabels[step.name], [step])),
    timeRow(checkAndSubmit, measured),
    `| ceiling (median run) | ${s(median.totalMs)} | ${s(median.cpuMs)} | | | | |`,
  ];
}

function tallyLines(tallies: readonly Tally[], limit: number): string[] {
  const shown = tallies.slice(0, limit);
  const rest = tallies.slice(limit);
  const lines = shown.map((t) => `| ${t.label} | ${count(t.count)} | ${s(t.ms)} |`);
  if (rest.length > 0) {
    const other = tallied(rest);
    lines.push(`| ${rest.length} others | ${count(other.count)} | ${s(other.ms)} |`);
  }
  return lines;
}

/** The check's and the submit's statements and protector calls, by kind. */
export function profileSection(title: string, project: Measurement): string[] {
  const run = project.project;
  if (!run) return [];
  return run.steps
    .filter((step) => step.name === "check" || step.name === "submit")
    .flatMap((step) => [
      `#### ${title}, ${stepLabels[step.name]}: ${s(step.ms)} s`,
      "",
      "| statement (through Prisma) or protector call | calls | s |",
      "|---|---:|---:|",
      ...tallyLines(step.database.statements, 8),
      ...tallyLines(step.protector, 6),
      "",
    ]);
}

/**
 * The floor (`measureFloor`) beside the ceiling's own guard, parse and row checks, which any
 * check also does: what no implementation of check + submit can go below on this machine.
 */
export function floorSection(floor: Floor, ceiling: Measurement): string[] {
  const runs = ceiling.ceiling;
  if (!runs) throw new Error("A measurement came back without its figures.");
  const median = medianCeiling(runs);
  const readAndCheck = median.readMs + median.checkMs;
  const steps = [...floor.sealing, ...floor.writing];
  const total = readAndCheck + steps.reduce((sum, step) => sum + step.ms, 0);
  const allowedMs = targets.ofCeiling * median.totalMs;
  return [
    "### The floor on PostgreSQL",
    "",
    "What any check + submit must do beyond the ceiling, whatever its code (`bench/src/batches/measure-floor.ts`): the least sealing the purposes bound into each value allow, and the rows the domain needs after a submit, made by the database itself from `generate_series` into the real tables, in one transaction rolled back.",
    "",
    "| step | s |",
    "|---|---:|",
    `| the ceiling's guard + parse and row checks (median run) | ${s(readAndCheck)} |`,
    ...floor.sealing.map((step) => `| sealing, ${step.name} | ${s(step.ms)} |`),
    ...floor.writing.map((step) => `| writing, ${step.name} | ${s(step.ms)} |`),
    `| **the floor** | **${s(total)}** |`,
    "",
    `The floor is ${(total / median.totalMs).toFixed(1)}× the ceiling (${s(median.totalMs)} s); 2× the ceiling is ${s(allowedMs)} s: the floor is ${(total / allowedMs).toFixed(2)}× that.`,
  ];
}
