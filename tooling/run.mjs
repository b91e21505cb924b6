#!/usr/bin/env node
// The two README commands. Only Node.js and npm are assumed: a pinned pnpm is fetched from the
// npm registry through npx (corepack is not used: its signature check fails on some machines).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { packageManager } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const chromium = "/usr/bin/chromium";

// Nothing phones home: the machines that run Yibao reach no network but their package registry.
const quiet = { TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", CHECKPOINT_DISABLE: "1" };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    ...options,
    env: { ...process.env, ...quiet, ...options.env },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    process.stderr.write(`\nFailed (exit ${status}): ${command} ${args.join(" ")}\n`);
    process.exit(status);
  }
}

const pnpm = (...args) => must("npx", ["--yes", packageManager, ...args]);

function install() {
  pnpm("install", "--frozen-lockfile");
}

/** The browser tests drive Debian's Chromium; on a fresh machine it is installed here, once. */
function ensureChromium() {
  if (existsSync(chromium)) return;
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      `The browser tests need Chromium at ${chromium}. Install it with: sudo apt-get install -y chromium fonts-noto-cjk\n`,
    );
    process.exit(1);
  }
  must("apt-get", ["update"]);
  must("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-noto-cjk"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

function start() {
  install();
  pnpm("turbo", "run", "build", "--filter=@yibao/citizen", "--filter=@yibao/staff");
  pnpm("--filter", "@yibao/db", "generate");
  pnpm("--filter", "@yibao/server", "start");
}

function test() {
  install();
  ensureChromium();
  pnpm("biome", "check", ".");
  pnpm("turbo", "run", "typecheck", "build");
  const report = path.join(root, "test-results", "vitest.json");
  const status = run("npx", [
    "--yes",
    packageManager,
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, "utf8"));
    const skipped = summary.numPendingTests + summary.numTodoTests;
    process.stdout.write(
      `\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}\n`,
    );
    if (summary.numTotalTests === 0) process.exit(1);
  }
  process.exit(status);
}

const command = process.argv[2];
if (command === "start") start();
else if (command === "test") test();
else {
  process.stderr.write("usage: node tooling/run.mjs start|test\n");
  process.exit(2);
}
