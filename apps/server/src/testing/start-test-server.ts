import type { AddressInfo } from "node:net";
import { seedDemoData } from "@yibao/db";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from "@yibao/db/testing";
import { loadConfig, type ServerConfig } from "../config";
import { createServer } from "../create-server";
import { createLogger } from "../logger";

export interface TestServer {
  baseUrl: string;
  database: TestDatabase["database"];
  stop(): Promise<void>;
}

/**
 * The real server on a free port of 127.0.0.1, over a fresh test database holding the demo
 * county. `config` overrides settings (for example the folders of the built apps).
 */
export async function startTestServer(
  options: { kind?: TestDatabaseKind; config?: Partial<ServerConfig> } = {},
): Promise<TestServer> {
  const testDatabase = await createTestDatabase(options.kind ?? "pglite");
  await seedDemoData(testDatabase.database.prisma, { now: new Date() });
  const app = createServer({
    config: { ...loadConfig({ NODE_ENV: "test" }), ...options.config },
    database: testDatabase.database,
    logger: createLogger("silent"),
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    database: testDatabase.database,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await testDatabase.drop();
    },
  };
}
