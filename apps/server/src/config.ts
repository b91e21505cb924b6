import path from "node:path";
import { defaultPgliteDir, type ProtectionConfig, readDatabaseConfig } from "@yibao/db";
import { z } from "zod";
import { publicOriginSetting } from "./public-origin-setting";
import { type TrustProxy, trustProxySetting } from "./trust-proxy-setting";

const repoRoot = path.resolve(__dirname, "../../..");

// DATABASE_URL, PGLITE_DIR and the keys of the personal data (YIBAO_DATA_KEYS, YIBAO_INDEX_KEY,
// required in production) are read by `readDatabaseConfig`, as for the database scripts.
const configSchema = z.object({
  PORT: z.coerce
    .number({ error: "PORT must be a port number, for example PORT=3000" })
    .int()
    .min(1)
    .max(65535)
    .default(3000),
  HOST: z.string().default("0.0.0.0"),
  // Matched in any case: a server started with NODE_ENV=Production must not run as development.
  NODE_ENV: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(
      z.enum(["development", "production", "test"], {
        error: "NODE_ENV must be development, production or test, for example NODE_ENV=production",
      }),
    )
    .default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  TRUST_PROXY: trustProxySetting,
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  PUBLIC_ORIGIN: publicOriginSetting,
  /** The SMS provider's HTTPS endpoint; unset, text messages stay in the outbox. */
  SMS_HTTP_URL: z
    .url({
      error: "SMS_HTTP_URL must be the provider's URL, for example https://sms.example.gov.cn/send",
    })
    .optional(),
  SMS_HTTP_TOKEN: z.string().min(1).optional(),
});

type Settings = z.infer<typeof configSchema>;

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  pgliteDir: string;
  /** The keys of the personal data; undefined means @yibao/db's development keys. */
  protection: ProtectionConfig | undefined;
  production: boolean;
  logLevel: Settings["LOG_LEVEL"];
  /** The reverse proxies whose X-Forwarded-For is believed (see docs/deployment.md). */
  trustProxy: TrustProxy;
  /** Cookies only over HTTPS; on by default in production. */
  secureCookies: boolean;
  /**
   * The origin of Yibao's own pages: a POST from a page of any other is refused. Unset
   * (development and tests) means the request's own Host.
   */
  publicOrigin: string | undefined;
  /** The SMS provider the outbox is delivered to; undefined keeps messages in the outbox. */
  sms: { url: string; token: string } | undefined;
  citizenAppDir: string;
  staffAppDir: string;
}

/** What production needs that development may go without, one sentence per missing piece. */
function productionProblems(settings: Settings): string[] {
  const problems: string[] = [];
  if (settings.SECURE_COOKIES === "false") {
    problems.push(
      "SECURE_COOKIES=false is refused in production, where session cookies must never travel over plain HTTP; remove the setting (it defaults to true).",
    );
  }
  if (!settings.PUBLIC_ORIGIN) {
    problems.push(
      "Set PUBLIC_ORIGIN to the https address people open Yibao at, for example PUBLIC_ORIGIN=https://yibao.example.gov.cn; the server accepts changes only from pages of that origin.",
    );
  } else if (!settings.PUBLIC_ORIGIN.startsWith("https://")) {
    problems.push(
      `PUBLIC_ORIGIN must start with https:// in production, as Yibao is served over HTTPS; got ${settings.PUBLIC_ORIGIN}.`,
    );
  }
  return problems;
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
  const production = parsed.success && parsed.data.NODE_ENV === "production";
  if (parsed.success && Boolean(parsed.data.SMS_HTTP_URL) !== Boolean(parsed.data.SMS_HTTP_TOKEN)) {
    problems.push(
      "Set SMS_HTTP_URL and SMS_HTTP_TOKEN together: the provider's address and its token.",
    );
  }
  if (parsed.success && production) problems.push(...productionProblems(parsed.data));
  if (!parsed.success || problems.length > 0) {
    throw new Error(`Yibao cannot start; fix these settings:\n  ${problems.join("\n  ")}`);
  }
  const settings = parsed.data;
  return {
    port: settings.PORT,
    host: settings.HOST,
    databaseUrl: database.databaseUrl,
    pgliteDir: database.pgliteDir ?? defaultPgliteDir,
    protection: database.protection,
    production,
    logLevel: settings.LOG_LEVEL,
    trustProxy: settings.TRUST_PROXY,
    secureCookies: settings.SECURE_COOKIES ? settings.SECURE_COOKIES === "true" : production,
    publicOrigin: settings.PUBLIC_ORIGIN,
    sms:
      settings.SMS_HTTP_URL && settings.SMS_HTTP_TOKEN
        ? { url: settings.SMS_HTTP_URL, token: settings.SMS_HTTP_TOKEN }
        : undefined,
    citizenAppDir: path.join(repoRoot, "apps", "citizen", "dist"),
    staffAppDir: path.join(repoRoot, "apps", "staff", "dist"),
  };
}
