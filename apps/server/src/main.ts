import { createHttpSmsSender } from "@yibao/api";
import { createDatabase, hasDemoData, migrateDatabase, seedDemoData } from "@yibao/db";
import { createJobQueue, jobDefinitions, messageDelivery, readJobsConfig } from "@yibao/jobs";
import { loadConfig } from "./config";
import { createServer } from "./create-server";
import { createLogger } from "./logger";

/**
 * Starts Yibao. `--migrate` applies pending migrations first; `--seed-demo` adds the demo county
 * (refused in production). Production refuses a database that holds the demo county. Once it
 * listens it runs the background jobs, unless `--no-jobs` or `YIBAO_JOBS=off` (docs/jobs.md).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const argv = process.argv.slice(2);
  const jobsConfig = readJobsConfig(argv);
  const logger = createLogger(config.logLevel);
  const args = new Set(argv);
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

  // Every process sends work to the queue (an employer's batch check); only those with jobs on
  // work it and keep the schedules.
  const jobs = createJobQueue({
    database,
    databaseUrl: config.databaseUrl,
    logger,
    jobs: config.sms
      ? [...jobDefinitions, messageDelivery(createHttpSmsSender(config.sms))]
      : jobDefinitions,
    workers: jobsConfig.enabled,
  });
  const app = createServer({
    config,
    database,
    logger,
    jobs: {
      async send(name, data) {
        await jobs.send(name, data);
      },
    },
  });
  const server = app.listen(config.port, config.host, () => {
    const base = `http://localhost:${config.port}`;
    const where = database.kind === "pglite" ? "the embedded database" : "PostgreSQL";
    const jobsLine = jobsConfig.enabled
      ? "on"
      : "off in this process (--no-jobs or YIBAO_JOBS=off): it only sends them";
    process.stdout.write(
      `\nYibao is running on ${where}.\n  Citizen app: ${base}/\n  Staff app:   ${base}/staff/\n  Health:      ${base}/healthz\n  Jobs:        ${jobsLine}\n\n`,
    );
    jobs.start().catch((error: unknown) => {
      logger.error(
        { err: error },
        "the job queue did not start; set YIBAO_JOBS=off to serve without background jobs",
      );
      shutdown(1);
    });
  });

  let stopping = false;
  const shutdown = (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Running jobs finish (30 seconds at most) while the last requests are answered.
    const jobsStopped = jobs
      .stop()
      .catch((error: unknown) =>
        logger.error({ err: error }, "the job queue did not stop cleanly"),
      );
    void Promise.all([serverClosed, jobsStopped])
      .then(() => database.close())
      .finally(() => process.exit(exitCode));
  };

  process.on("SIGINT", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
