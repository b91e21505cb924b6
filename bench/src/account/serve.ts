/**
 * One server of the benchmark, in a process of its own so that it has a core to itself as far
 * as two cores allow: `serve.ts project|ceiling|probe`, with the settings of `config.ts`. It
 * listens on a free port of 127.0.0.1, says which over IPC, and answers `cpu` with the CPU time
 * it has spent, so that the benchmark can divide it by the requests.
 */
import type { AddressInfo } from "node:net";
import { createDatabase } from "@yibao/db";
import { createLogger, createServer, loadConfig } from "@yibao/server";
import type express from "express";
import { createCeilingApp } from "./ceiling-app";
import { readServerSettings } from "./config";
import { createProbeApp } from "./probe-app";

export type ServerKind = "project" | "ceiling" | "probe";

export type ServerMessage =
  | { type: "listening"; port: number }
  | { type: "cpu"; microseconds: number };

async function appOf(kind: ServerKind): Promise<express.Express> {
  if (kind === "probe") return createProbeApp();
  const { databaseUrl, poolSize } = readServerSettings();
  const database = await createDatabase({ databaseUrl, poolSize });
  if (kind === "ceiling") {
    return createCeilingApp({ databaseUrl, poolSize, protector: database.protector }).app;
  }
  // As deployed behind the county's proxy: every request logged (to standard output, which the
  // benchmark discards), X-Forwarded-For believed from the loopback only.
  const config = loadConfig({
    NODE_ENV: "development",
    TRUST_PROXY: "loopback",
    LOG_LEVEL: "info",
  });
  return createServer({ config, database, logger: createLogger("info") });
}

async function main() {
  const kind = process.argv[2] as ServerKind;
  const app = await appOf(kind);
  const server = app.listen(0, "127.0.0.1", () => {
    const { port } = server.address() as AddressInfo;
    process.send?.({ type: "listening", port } satisfies ServerMessage);
  });
  process.on("message", (message: { type?: string }) => {
    if (message.type === "cpu") {
      const usage = process.cpuUsage();
      process.send?.({
        type: "cpu",
        microseconds: usage.user + usage.system,
      } satisfies ServerMessage);
    }
  });
  process.on("disconnect", () => process.exit(0));
  // An orderly exit, so that a CPU profile asked for (BENCH_CPU_PROFILE) is written.
  process.on("SIGTERM", () => process.exit(0));
}

void main();
