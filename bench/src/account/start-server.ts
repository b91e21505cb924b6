import { fork } from "node:child_process";
import path from "node:path";
import { profilingFlags, type ServerSettings, serverEnvironment } from "./config";
import type { ServerKind, ServerMessage } from "./serve";

export interface RunningServer {
  kind: ServerKind;
  url: string;
  port: number;
  /** CPU time (user + system) the server's process has spent so far, in microseconds. */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

const benchDir = path.resolve(__dirname, "../..");

/** Starts `serve.ts kind` in a child process and waits until it listens. */
export function startServer(kind: ServerKind, settings: ServerSettings): Promise<RunningServer> {
  const child = fork(path.join(__dirname, "serve.ts"), [kind], {
    cwd: benchDir,
    execArgv: ["--import", "tsx", ...profilingFlags()],
    // Its request log goes nowhere: written, as in production, but not kept.
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    env: serverEnvironment(settings),
  });
  const next = <T extends ServerMessage["type"]>(type: T) =>
    new Promise<Extract<ServerMessage, { type: T }>>((resolve, reject) => {
      const onMessage = (message: ServerMessage) => {
        if (message.type !== type) return;
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(message as Extract<ServerMessage, { type: T }>);
      };
      const onExit = (code: number | null) =>
        reject(new Error(`The ${kind} server exited (code ${code}) before it said "${type}".`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  return next("listening").then(({ port }) => ({
    kind,
    port,
    url: `http://127.0.0.1:${port}`,
    async cpu() {
      const answer = next("cpu");
      child.send({ type: "cpu" });
      return (await answer).microseconds;
    },
    stop() {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    },
  }));
}
