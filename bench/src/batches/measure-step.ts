import { readFileSync } from "node:fs";
import { loadavg } from "node:os";

export interface StepMeasure<T> {
  value: T;
  ms: number;
  /** The resident set size when the step began, in bytes. */
  startRss: number;
  /** This process's CPU time (user + system) during the step. */
  cpuMs: number;
  /** The largest resident set size seen during the step, in bytes (sampled every 50 ms). */
  peakRss: number;
  /** The load average (1, 5, 15 min) when the step began. */
  load: number[];
}

const sampleEveryMs = 50;

/**
 * Runs `step`, timing it (and this process's CPU) and sampling the process's RSS every 50 ms, and once before and after.
 * A synchronous stretch of the step holds the timer back, so the peak seen is a lower bound; the
 * process's high-water mark (`processMaxRss`) is the upper bound, over everything it ran.
 */
export async function measureStep<T>(step: () => Promise<T>): Promise<StepMeasure<T>> {
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, sampleEveryMs);
  const load = loadavg();
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    const value = await step();
    const ms = performance.now() - started;
    const spent = process.cpuUsage(cpu);
    sample();
    return { value, ms, startRss, peakRss, cpuMs: (spent.user + spent.system) / 1000, load };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The process's largest resident set size so far, in bytes: Linux's `VmHWM`, the high-water mark
 * of this program's own memory. Not `resourceUsage().maxRSS`, which in a forked child also counts
 * the parent's memory at the fork (Linux carries it across the exec).
 */
export function processMaxRss(): number {
  const status = readFileSync("/proc/self/status", "utf8");
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  return kilobytes ? Number(kilobytes) * 1024 : process.resourceUsage().maxRSS * 1024;
}
