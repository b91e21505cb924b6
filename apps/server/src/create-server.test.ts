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
import { type CapturedLogs, captureLogs } from "./testing/capture-logs";
import { sendRequest } from "./testing/send-request";
import { startTestServer, type TestServer } from "./testing/start-test-server";

function fakeBuiltApp(title: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "yibao-app-"));
  writeFileSync(path.join(dir, "index.html"), `<!doctype html><title>${title}</title>`);
  return dir;
}

describe.each(testDatabaseKinds())("the HTTP server on %s", (kind) => {
  let running: TestServer;
  let base: string;
  let logs: CapturedLogs;

  beforeAll(async () => {
    logs = captureLogs("info");
    running = await startTestServer({
      kind,
      config: { citizenAppDir: fakeBuiltApp("citizen"), staffAppDir: fakeBuiltApp("staff") },
      logger: logs.logger,
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

  it("answers TRACE and other methods with 405 and Allow, logging nothing at error level", async () => {
    const logged = logs.lines().length;
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
      const response = await sendRequest(`${base}/trpc/x`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, POST");
      expect(response.body).not.toMatch(/\bat .+\.(ts|js):\d+/);
    }
    const lines = logs.lines().slice(logged);
    expect(lines.filter((line) => (line.level as number) >= 50)).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ method: "TRACE", status: 405 }));
  });

  it("answers OPTIONS on /trpc with 204 and no CORS headers, so no other site may call it", async () => {
    const response = await sendRequest(`${base}/trpc/auth.citizenLogin`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example.com", "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(204);
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("refuses a form or text POST with 415 before tRPC reads it: the right password opens no session", async () => {
    const { activeInsured } = demoAccounts;
    const json = JSON.stringify({
      residentId: activeInsured.residentId,
      password: activeInsured.password,
    });
    const form = new FormData();
    form.set("residentId", activeInsured.residentId);
    form.set("password", activeInsured.password);
    const refused = [
      await fetch(`${base}/trpc/auth.citizenLogin`, { method: "POST", body: form }),
      await fetch(`${base}/trpc/auth.citizenLogin`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: json,
      }),
      await fetch(`${base}/trpc/auth.citizenLogin`, {
        method: "POST",
        body: new URLSearchParams({ residentId: activeInsured.residentId }),
      }),
      await fetch(`${base}/TRPC/auth.citizenLogin/`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: json,
      }),
    ];
    for (const response of refused) {
      expect(response.status).toBe(415);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(await response.text()).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("refuses a POST from another site's page with 403 and lets the app's own page through", async () => {
    const { activeInsured } = demoAccounts;
    const login = (headers: Record<string, string>) =>
      fetch(`${base}/trpc/auth.citizenLogin`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({
          residentId: activeInsured.residentId,
          password: activeInsured.password,
        }),
      });
    const foreign = await login({ origin: "https://evil.example.com" });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("set-cookie")).toBeNull();
    expect((await login({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await login({ origin: base })).status).toBe(200);
  });

  it("keeps queries over GET, which change nothing, free of the POST checks", async () => {
    const response = await fetch(`${base}/trpc/citizen.accountSummary`, {
      headers: { origin: "https://evil.example.com" },
    });
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

describe.each(testDatabaseKinds())("client addresses behind one proxy on %s", (kind) => {
  let running: TestServer;

  beforeAll(async () => {
    running = await startTestServer({ kind, config: { trustProxy: 1 } });
  });
  afterAll(async () => {
    await running?.stop();
  });

  /** Signs in with `forwardedFor` and gives the address recorded with the new session. */
  async function recordedAddress(forwardedFor: string): Promise<string | null> {
    const { prisma } = running.database;
    const { activeInsured } = demoAccounts;
    const before = new Set(
      (await prisma.session.findMany({ select: { id: true } })).map((s) => s.id),
    );
    const response = await fetch(`${running.baseUrl}/trpc/auth.citizenLogin`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
      body: JSON.stringify({
        residentId: activeInsured.residentId,
        password: activeInsured.password,
      }),
    });
    expect(response.status).toBe(200);
    const started = (await prisma.session.findMany()).filter((session) => !before.has(session.id));
    expect(started).toHaveLength(1);
    return started[0]?.clientAddress ?? null;
  }

  it("records the address the proxy saw, not the first entry the client wrote", async () => {
    expect(await recordedAddress("6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
  });

  it("records no address, never the markup, when the forwarded entry is not an IP address", async () => {
    expect(await recordedAddress("<script>alert(1)</script>")).toBeNull();
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
