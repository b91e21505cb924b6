import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";

const packageDirectory = path.resolve(__dirname, "..");
const schemaPath = path.join(packageDirectory, "prisma", "schema.prisma");
const generatedClient = path.join(packageDirectory, "src", "generated", "prisma", "client.ts");

/** Runs `prisma generate` for this package; throws if it fails. */
export function runPrismaGenerate(): void {
  // `prisma generate` checks that a native schema engine exists although generating the client
  // never runs it (Prisma 7's client needs no engine with driver adapters, and migrations use
  // the WebAssembly engine). Pointing the check at any existing file lets generate run where
  // the native engines cannot be downloaded.
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? schemaPath,
  };
  const prismaCli = require.resolve("prisma/build/index.js", { paths: [packageDirectory] });
  const result = spawnSync(process.execPath, [prismaCli, "generate"], {
    cwd: packageDirectory,
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    throw new Error(`prisma generate failed (exit code ${result.status ?? result.signal}).`);
  }
}

/** Generates the client unless it is newer than the schema. */
export function ensurePrismaClientGenerated(): void {
  const generatedAt = statSync(generatedClient, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (generatedAt < statSync(schemaPath).mtimeMs) {
    runPrismaGenerate();
  }
}
