import { createDatabase, hasDemoData, migrateDatabase, seedDemoData } from "@yibao/db";
import { loadConfig } from "./config";
import { createServer } from "./create-server";
import { createLogger } from "./logger";

/**
 * Starts Yibao. `--migrate` applies pending migrations first; `--seed-demo` adds the demo county
 * (refused in production). Production refuses a database that holds the demo county.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const args = new Set(process.argv.slice(2));
  const database = await createDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.pgliteDir,
    protection: config.protection,
  });

  if (args.has("--migrate")) await migrateDatabase(database);
  if (args.has("--seed-demo")) {
    // Refused by the seed itself when NODE_ENV=production.
    await seedDemoData(database, {
      now: new Date(),
      nodeEnv: config.production ? "production" : "development",
    });
  }

  if (config.production && (await hasDemoData(database.prisma))) {
    await database.close();
    throw new Error(
      "This database holds the demo county, whose logins share a published password: production needs a database of its own, migrated and given the reference data only (pnpm --filter @yibao/db seed -- --reference-only).",
    );
  }

  const app = createServer({ config, database, logger });
  const server = app.listen(config.port, config.host, () => {
    const base = `http://localhost:${config.port}`;
    const where = database.kind === "pglite" ? "the embedded database" : "PostgreSQL";
    process.stdout.write(
      `\nYibao is running on ${where}.\n  Citizen app: ${base}/\n  Staff app:   ${base}/staff/\n  Health:      ${base}/healthz\n\n`,
    );
  });

  const shutdown = () => {
    server.close(() => {
      void database.close().then(() => process.exit(0));
    });
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
