/**
 * The environment a benchmark server (`serve.ts`) is started with, written by `start-server.ts`
 * and read back by the server: the only place the benchmark touches `process.env`.
 */
export interface ServerSettings {
  databaseUrl: string;
  poolSize: number;
}

/** The parent's environment plus the settings, for the child process. */
export function serverEnvironment(settings: ServerSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // Express and its libraries as in production; the project's own config is given in code.
    NODE_ENV: "production",
    BENCH_DATABASE_URL: settings.databaseUrl,
    BENCH_POOL_SIZE: String(settings.poolSize),
  };
}

/** The settings, read once at the server's start. */
export function readServerSettings(): ServerSettings {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const poolSize = Number(process.env.BENCH_POOL_SIZE);
  if (!databaseUrl || !Number.isInteger(poolSize) || poolSize < 1) {
    throw new Error(
      "serve.ts is started by the account benchmark (start-server.ts), which sets BENCH_DATABASE_URL and BENCH_POOL_SIZE.",
    );
  }
  return { databaseUrl, poolSize };
}

/**
 * `BENCH_CPU_PROFILE=<folder>`: the servers' extra Node flags, so that each writes a V8 CPU
 * profile there when it stops (to see where a request's time goes).
 */
export function profilingFlags(): string[] {
  const folder = process.env.BENCH_CPU_PROFILE;
  return folder ? ["--cpu-prof", "--cpu-prof-dir", folder] : [];
}
