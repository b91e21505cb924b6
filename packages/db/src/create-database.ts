import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { isPostgresUrl } from "./config";
import type { Database } from "./database";
import { openPgliteDatabase } from "./open-pglite-database";
import { openPostgresDatabase } from "./open-postgres-database";
import { createDataProtector } from "./protection/data-protector";
import { type ProtectionConfig, readProtectionConfig } from "./protection/protection-config";

export interface CreateDatabaseOptions {
  /** A `postgres://` or `postgresql://` URL; anything else (or nothing) means PGlite. */
  databaseUrl?: string;
  /** PGlite's data directory; in memory when omitted or `memory://`. */
  pgliteDir?: string;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
  /** The keys for personal data; development keys when omitted. */
  protection?: ProtectionConfig;
}

/** Opens Yibao's database: PostgreSQL when given its URL, else embedded PGlite. */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  const protector = createDataProtector(
    options.protection ?? readProtectionConfig({}, { production: false }),
  );
  if (options.databaseUrl && isPostgresUrl(options.databaseUrl)) {
    return openPostgresDatabase(options.databaseUrl, options.poolSize ?? 10, protector);
  }
  const dataDir = options.pgliteDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) {
    await mkdir(dataDir, { recursive: true });
  }
  return openPgliteDatabase(await PGlite.create(dataDir), protector);
}
