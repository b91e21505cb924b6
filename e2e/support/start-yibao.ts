import { startTestServer, type TestServer } from "@yibao/server/testing";
import { forgetUsedTotpSteps } from "./log-in";

export type RunningYibao = TestServer;

/**
 * The real server with both built apps, on a fresh embedded database holding the demo county;
 * `jobs` also works the background jobs that requests send (an employer's batch check). Its
 * accounts have taken no second-factor code yet, so the steps used before are forgotten.
 */
export async function startYibao(options: { jobs?: boolean } = {}): Promise<RunningYibao> {
  const yibao = await startTestServer({ kind: "pglite", ...options });
  forgetUsedTotpSteps();
  return yibao;
}
