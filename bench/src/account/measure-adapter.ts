import { type LoadResult, runLoad } from "./run-load";
import type { RunningServer } from "./start-server";

export interface AdapterCase {
  name: string;
  result: LoadResult;
}

/**
 * What a request costs before any SQL: Express answering by hand, tRPC's Express adapter and the
 * project's `trpcRoute` with a procedure that does nothing, and the project's whole stack
 * (helmet, the request log, the guards, the route, the context, the tier) on `citizen.session`
 * without a cookie, which reads nothing. Each `rounds` times, in turn, `seconds` each.
 */
export async function measureAdapter(
  servers: { probe: RunningServer; project: RunningServer },
  options: { connections: number; seconds: number; rounds: number },
): Promise<AdapterCase[]> {
  const cases = [
    { name: "Express alone (`res.end` of the same body)", server: servers.probe, path: "/bare" },
    { name: "tRPC's Express adapter, a no-op query", server: servers.probe, path: "/trpc/noop" },
    {
      name: "the project's `trpcRoute`, the same query",
      server: servers.probe,
      path: "/route/noop",
    },
    {
      name: "the project's stack, `citizen.session` without a cookie",
      server: servers.project,
      path: "/trpc/citizen.session",
    },
  ];
  const measured: AdapterCase[] = [];
  for (let round = 0; round <= options.rounds; round += 1) {
    for (const { name, server, path } of cases) {
      const result = await runLoad(server, {
        connections: options.connections,
        duration: options.seconds,
        headers: {
          "content-type": "application/json",
          origin: server.url,
          "sec-fetch-site": "same-origin",
        },
        requests: [{ method: "POST", path }],
      });
      // Round 0 warms up.
      if (round > 0) measured.push({ name, result });
    }
  }
  return measured;
}
