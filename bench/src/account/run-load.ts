import autocannon from "autocannon";
import type { RunningServer } from "./start-server";

export interface LoadResult {
  /** Answers with a 2xx status per second of the run. */
  perSecond: number;
  ok: number;
  /** Answers with any other status, and connection errors. */
  failed: number;
  statuses: Record<string, number>;
  /** Every answer's latency, in milliseconds, sorted. */
  latencies: number[];
  seconds: number;
  /** The server's CPU time per 2xx answer, in microseconds. */
  cpuPerRequest: number;
}

export interface LoadOptions {
  connections: number;
  /** Seconds; the run ends at `amount` answers instead when that is given. */
  duration?: number;
  amount?: number;
  requests: autocannon.Request[];
  headers?: Record<string, string>;
}

/** `sorted[⌈p·n⌉ − 1]`: the nearest-rank percentile. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * One autocannon run against `server` on 127.0.0.1, bounded in time (and in count when `amount`
 * is given). Latencies are taken from every answer, not from autocannon's per-second histogram,
 * so that rounds can be pooled.
 */
export async function runLoad(server: RunningServer, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const cpuBefore = await server.cpu();
  let instance: autocannon.Instance | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: server.url,
        connections: options.connections,
        duration: options.duration ?? 60,
        ...(options.amount ? { amount: options.amount } : {}),
        timeout: 10,
        headers: options.headers,
        requests: options.requests,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  instance?.removeAllListeners();
  const cpu = (await server.cpu()) - cpuBefore;
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
  );
  const ok = result["2xx"];
  latencies.sort((a, b) => a - b);
  return {
    perSecond: ok / result.duration,
    ok,
    failed: result.non2xx + result.errors,
    statuses,
    latencies,
    seconds: result.duration,
    cpuPerRequest: ok > 0 ? cpu / ok : Number.NaN,
  };
}
