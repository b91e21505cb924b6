import { startTestServer, type TestServer } from "@yibao/server/testing";

export type RunningYibao = TestServer;

/**
 * The real server with both built apps, on a fresh embedded database holding the demo county;
 * `jobs` also works the background jobs that requests send (an employer's batch check).
 */
export function startYibao(options: { jobs?: boolean } = {}): Promise<RunningYibao> {
  return startTestServer({ kind: "pglite", ...options });
}
