import type { AddressInfo } from "node:net";
import type { Express } from "express";

export interface Listening {
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves `app` on a free port of 127.0.0.1 until `close()`. */
export async function listen(app: Express): Promise<Listening> {
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
