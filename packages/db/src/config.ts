import path from "node:path";
import type { CreateDatabaseOptions } from "./create-database";
import { readProtectionConfig } from "./protection/protection-config";

/** `NODE_ENV` names production in any letter case (`Production` seeded demo data once). */
export function isProductionEnv(nodeEnv: string | undefined): boolean {
  return nodeEnv?.trim().toLowerCase() === "production";
}

/** Whether a URL names a PostgreSQL server (anything else means the embedded PGlite). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** `<repository>/.data/pglite`: the embedded database survives restarts, outside git. */
export const defaultPgliteDir = path.resolve(__dirname, "..", "..", "..", ".data", "pglite");

/**
 * The database settings in the environment: `DATABASE_URL` (postgres://… selects PostgreSQL)
 * or `PGLITE_DIR` (PGlite's data directory, default `<repository>/.data/pglite`), and the keys
 * of the personal data (`YIBAO_DATA_KEYS`, `YIBAO_INDEX_KEY`; see `readProtectionConfig`).
 */
export function readDatabaseConfig(env: Record<string, string | undefined>): CreateDatabaseOptions {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !isPostgresUrl(databaseUrl)) {
    throw new Error(
      `DATABASE_URL must start with postgres:// or postgresql://; unset it to use PGlite (got "${databaseUrl.split(":")[0]}:…").`,
    );
  }
  return {
    databaseUrl,
    pgliteDir: env.PGLITE_DIR?.trim() || defaultPgliteDir,
    protection: readProtectionConfig(env, { production: isProductionEnv(env.NODE_ENV) }),
  };
}
