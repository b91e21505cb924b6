import { startTestServer, type TestServer } from "@yibao/server/testing";

export type RunningYibao = TestServer;

/** The real server with both built apps, on a fresh embedded database holding the demo county. */
export function startYibao(): Promise<RunningYibao> {
  return startTestServer({ kind: "pglite" });
}
