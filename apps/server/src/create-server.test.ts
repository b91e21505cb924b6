import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { demoAccounts } from "@yibao/db";
import { createTestDatabase, testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config";
import { createServer } from "./create-server";
import { createLogger } from "./logger";
import { startTestServer, type TestServer } from "./testing/start-test-server";

function fakeBuiltApp(title: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "yibao-app-"));
  writeFileSync(path.join(dir, "index.html"), `<!doctype html><title>${title}</title>`);
  return dir;
}

describe.each(testDatabaseKinds())("the HTTP server on %s", (kind) => {
  let running: TestServer;
  let base: string;

  beforeAll(async () => {
    running = await startTestServer({
      kind,
      config: { citizenAppDir: fakeBuiltApp("citizen"), staffAppDir: fakeBuiltApp("staff") },
    });
    base = running.baseUrl;
  });
  afterAll(async () => {
    await running?.stop();
  });

  const post = (procedure: string, body: unknown, cookie?: string) =>
    fetch(`${base}/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  it("answers /healthz with ok while the database answers", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("signs in over plain JSON, as curl would, with an httpOnly SameSite cookie", async () => {
    const { activeInsured } = demoAccounts;
    const response = await post("auth.citizenLogin", {
      residentId: activeInsured.residentId,
      password: activeInsured.password,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { name: string } } };
    expect(body.result.data.name).toBe(activeInsured.name);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(response.headers.get("cache-control")).toBe("no-store");

    // A query over POST with the cookie gives the balance as integer fen.
    const cookie = setCookie.split(";")[0] ?? "";
    const summary = await post("citizen.accountSummary", null, cookie);
    const data = ((await summary.json()) as { result: { data: { balanceFen: number } } }).result
      .data;
    expect(Number.isInteger(data.balanceFen)).toBe(true);
  });

  it("explains bad input in Chinese with field codes, and never echoes the input", async () => {
    const residentId = `${demoAccounts.activeInsured.residentId.slice(0, 17)}Q`;
    const response = await post("auth.citizenLogin", { residentId, password: "x" });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain(residentId.slice(6, 14));
    const error = (
      JSON.parse(text) as { error: { message: string; data: Record<string, unknown> } }
    ).error;
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.data.domainCode).toBe("VALIDATION_FAILED");
    expect(error.data.issues).toEqual([expect.objectContaining({ path: ["residentId"] })]);
    expect(JSON.stringify(error)).not.toMatch(/stack|at .*\.ts/);
  });

  it("answers malformed requests with 4xx, never 500", async () => {
    const broken = await fetch(`${base}/trpc/auth.citizenLogin`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(broken.status).toBe(400);
    expect((await post("no.such.procedure", {})).status).toBe(404);
    expect((await post("auth.citizenLogin", { residentId: 12, password: [] })).status).toBe(400);
    const huge = await post("auth.citizenLogin", {
      residentId: "1".repeat(200_000),
      password: "x",
    });
    expect(huge.status).toBeGreaterThanOrEqual(400);
    expect(huge.status).toBeLessThan(500);
  });

  it("answers a malformed address without a stack trace", async () => {
    const response = await fetch(`${base}/%E0%A4%A`);
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });

  it("refuses account data without a session", async () => {
    const response = await post("citizen.accountSummary", null);
    expect(response.status).toBe(401);
  });

  it("serves the staff app under /staff/ and the citizen app at /, with client routes", async () => {
    expect(await (await fetch(`${base}/staff/`)).text()).toContain("staff");
    expect(await (await fetch(`${base}/staff/applications`)).text()).toContain("staff");
    expect(await (await fetch(`${base}/`)).text()).toContain("citizen");
    expect(await (await fetch(`${base}/account`)).text()).toContain("citizen");
    const headers = (await fetch(`${base}/`)).headers;
    expect(headers.get("content-security-policy")).toContain("default-src 'self'");
  });
});

describe("the HTTP server without its database", () => {
  it("answers /healthz with 503 when the database does not answer", async () => {
    const testDatabase = await createTestDatabase("pglite");
    const app = createServer({
      config: loadConfig({ NODE_ENV: "test" }),
      database: testDatabase.database,
      logger: createLogger("silent"),
    });
    await testDatabase.drop();
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const response = await fetch(
      `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`,
    );
    await new Promise((resolve) => server.close(resolve));
    expect(response.status).toBe(503);
  });
});
