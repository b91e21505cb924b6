import { fork } from "node:child_process";
import path from "node:path";
import type { Measurement, MeasurementKind } from "./measurement";

const benchDir = path.resolve(__dirname, "../..");

/**
 * Runs `measurement.ts kind where rows` in a child process and answers what it sent. Its standard output
 * and errors go to this process's standard error, so that the Markdown on standard output is the
 * report alone.
 */
export function startMeasurement(
  kind: MeasurementKind,
  where: string,
  rows: number,
): Promise<Measurement> {
  const child = fork(path.join(__dirname, "measurement.ts"), [kind, where, String(rows)], {
    cwd: benchDir,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", 2, 2, "ipc"],
  });
  return new Promise((resolve, reject) => {
    let measured: Measurement | undefined;
    child.once("message", (message: Measurement) => {
      measured = message;
    });
    child.once("exit", (code) => {
      if (measured) resolve(measured);
      else reject(new Error(`The ${kind} measurement exited (code ${code}) without its figures.`));
    });
  });
}
