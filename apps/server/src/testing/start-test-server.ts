import { seedDemoData } from "@yibao/db";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from "@yibao/db/testing";
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
  options: { kind?: TestDatabaseKind; config?: Partial<ServerConfig>; logger?: Logger } = {},
): Promise<TestServer> {
  // Seeded once per process and copied for each server (the browser tests start many).
  const testDatabase = await createTestDatabase(options.kind ?? "pglite", {
    seeded: {
      key: "demo-county",
      seed: (database) => seedDemoData(database, { now: new Date() }),
    },
  });
  const app = createServer({
    config: { ...loadConfig({ NODE_ENV: "test" }), ...options.config },
    database: testDatabase.database,
    logger: options.logger ?? createLogger("silent"),
  });
  const listening = await listen(app);
  return {
    baseUrl: listening.baseUrl,
    database: testDatabase.database,
    async stop() {
      await listening.close();
      await testDatabase.drop();
    },
  };
}
