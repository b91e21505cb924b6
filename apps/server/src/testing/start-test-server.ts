import { seedDemoData } from "@yibao/db";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from "@yibao/db/testing";
import { createJobQueue, employerJobs, type JobQueue } from "@yibao/jobs";
import { loadConfig, type ServerConfig } from "../config";
import { createServer } from "../create-server";
import { createLogger, type Logger } from "../logger";
import { listen } from "./listen";

export interface TestServer {
  baseUrl: string;
  database: TestDatabase["database"];
  stop(): Promise<void>;
}

/**
 * The real server on a free port of 127.0.0.1, over a fresh test database holding the demo
 * county. `config` overrides settings (for example the folders of the built apps); `logger`
 * replaces the silent one, for tests that read what was logged.
 */
export async function startTestServer(
  options: {
    kind?: TestDatabaseKind;
    config?: Partial<ServerConfig>;
    logger?: Logger;
    /**
     * Whether requests may send background work: a real job queue on the test database, working
     * the jobs requests send (an employer's batch check), polled twice a second. Off by default.
     */
    jobs?: boolean;
  } = {},
): Promise<TestServer> {
  // Seeded once per process and copied for each server (the browser tests start many).
  const testDatabase = await createTestDatabase(options.kind ?? "pglite", {
    seeded: {
      key: "demo-county",
      seed: (database) => seedDemoData(database, { now: new Date() }),
    },
  });
  let queue: JobQueue | undefined;
  if (options.jobs) {
    queue = createJobQueue({
      database: testDatabase.database,
      databaseUrl: testDatabase.databaseUrl,
      jobs: employerJobs.filter((job) => job.schedule === undefined),
      pollingIntervalSeconds: 0.5,
    });
    await queue.start();
  }
  const running = queue;
  const app = createServer({
    config: { ...loadConfig({ NODE_ENV: "test" }), ...options.config },
    database: testDatabase.database,
    logger: options.logger ?? createLogger("silent"),
    ...(running
      ? {
          jobs: {
            async send(name: string, data: Record<string, string>) {
              await running.send(name, data);
            },
          },
        }
      : {}),
  });
  const listening = await listen(app);
  return {
    baseUrl: listening.baseUrl,
    database: testDatabase.database,
    async stop() {
      await listening.close();
      await queue?.stop();
      await testDatabase.drop();
    },
  };
}
