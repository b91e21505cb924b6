import path from "node:path";
import { defaultPgliteDir, readDatabaseConfig } from "@yibao/db";
import { z } from "zod";

const repoRoot = path.resolve(__dirname, "../../..");

// DATABASE_URL and PGLITE_DIR are read by `readDatabaseConfig`, as for the database scripts.
const configSchema = z.object({
  PORT: z.coerce
    .number({ error: "PORT must be a port number, for example PORT=3000" })
    .int()
    .min(1)
    .max(65535)
    .default(3000),
  HOST: z.string().default("0.0.0.0"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  /** Set when a reverse proxy terminates TLS in front of the server (see docs/deployment.md). */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
});

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  pgliteDir: string;
  production: boolean;
  logLevel: z.infer<typeof configSchema>["LOG_LEVEL"];
  trustProxy: boolean;
  /** Cookies only over HTTPS; on by default in production. */
  secureCookies: boolean;
  citizenAppDir: string;
  staffAppDir: string;
}

/** Read once at start-up; a wrong setting stops the server with a sentence saying what to set. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = configSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  let database: ReturnType<typeof readDatabaseConfig> = {};
  try {
    database = readDatabaseConfig(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (!parsed.success || problems.length > 0) {
    throw new Error(`Yibao cannot start; fix these settings:\n  ${problems.join("\n  ")}`);
  }
  const settings = parsed.data;
  const production = settings.NODE_ENV === "production";
  return {
    port: settings.PORT,
    host: settings.HOST,
    databaseUrl: database.databaseUrl,
    pgliteDir: database.pgliteDir ?? defaultPgliteDir,
    production,
    logLevel: settings.LOG_LEVEL,
    trustProxy: settings.TRUST_PROXY,
    secureCookies: settings.SECURE_COOKIES ? settings.SECURE_COOKIES === "true" : production,
    citizenAppDir: path.join(repoRoot, "apps", "citizen", "dist"),
    staffAppDir: path.join(repoRoot, "apps", "staff", "dist"),
  };
}
