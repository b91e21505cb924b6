import { type ChildProcess, spawn } from "node:child_process";
import { createServer as createNetServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = path.resolve(__dirname, "../../..");

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  output: () => string;
}

/** `tsx apps/server/src/main.ts --migrate` on `databaseUrl`, as a deployment starts it. */
async function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(
    path.join(repoRoot, "apps/server/node_modules/.bin/tsx"),
    ["apps/server/src/main.ts", "--migrate", "--no-jobs"],
    {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: "127.0.0.1",
        NODE_ENV: "test",
        LOG_LEVEL: "silent",
        YIBAO_JOBS: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { baseUrl: `http://127.0.0.1:${port}`, child, output: () => output };
}

/** Waits until /healthz answers ok, or fails with what the process printed. */
async function untilHealthy(server: ServerProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.child.exitCode !== null) {
      throw new Error(`the server process exited (${server.child.exitCode}):\n${server.output()}`);
    }
    const healthy = await fetch(`${server.baseUrl}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await sleep(100);
  }
  throw new Error(`the server process did not become healthy:\n${server.output()}`);
}

async function stop(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!stopped) server.child.kill("SIGKILL");
}

interface LoginAnswer {
  status: number;
  retryAfter: string | null;
  error: { message: string; data: { domainCode: string; retryAfterSeconds?: number } };
}

// PGlite lives inside one process, so two processes can share only PostgreSQL.
describe.runIf(testDatabaseKinds().includes("postgres"))(
  "rate limits across two server processes on one PostgreSQL",
  () => {
    let test: TestDatabase;
    const servers: ServerProcess[] = [];

    beforeAll(async () => {
      // An empty database: both processes migrate it at once, as two replicas starting do.
      test = await createTestDatabase("postgres", { migrated: false });
      const databaseUrl = test.databaseUrl ?? "";
      servers.push(await startServerProcess(databaseUrl), await startServerProcess(databaseUrl));
      await Promise.all(servers.map(untilHealthy));
    });
    afterAll(async () => {
      await Promise.all(servers.map(stop));
      await test?.drop();
    });

    const tryToLogIn = async (server: ServerProcess, attempt: number): Promise<LoginAnswer> => {
      // Distinct unknown usernames: each its own account, so no lockout answers first.
      const response = await fetch(`${server.baseUrl}/trpc/auth.staffLogin`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: `nobody${attempt}`, password: "Not-the-password1" }),
      });
      const body = (await response.json()) as { error: LoginAnswer["error"] };
      return {
        status: response.status,
        retryAfter: response.headers.get("retry-after"),
        error: body.error,
      };
    };

    it("refuses the 21st login attempt of one address within a minute, from either process", async () => {
      // The limit counts per fixed minute: start early in one, so that the attempts fall in it.
      const intoMinute = Date.now() % 60_000;
      if (intoMinute > 45_000) await sleep(60_000 - intoMinute + 100);

      const answers: LoginAnswer[] = [];
      // One address (no TRUST_PROXY: 127.0.0.1), the two processes in turn; 40 tries at most.
      for (let attempt = 0; attempt < 40; attempt++) {
        const answer = await tryToLogIn(servers[attempt % 2] as ServerProcess, attempt);
        answers.push(answer);
        if (answer.error.data.domainCode === "RATE_LIMITED") break;
      }

      expect(answers).toHaveLength(21);
      for (const answer of answers.slice(0, 20)) {
        expect(answer).toMatchObject({
          status: 401,
          error: { data: { domainCode: "INVALID_CREDENTIALS" } },
        });
      }
      const refused = answers[20] as LoginAnswer;
      expect(refused.status).toBe(429);
      expect(refused.error.data.domainCode).toBe("RATE_LIMITED");
      // The apps translate the code; callers without one get the server's Chinese sentence.
      expect(refused.error.message).toMatch(/^[\u4e00-\u9fff，。]+$/);
      expect(refused.retryAfter).toMatch(/^\d+$/);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
      expect(refused.error.data.retryAfterSeconds).toBe(Number(refused.retryAfter));

      // The other process counts the same hits: it refuses the next attempt too.
      const other = await tryToLogIn(servers[1] as ServerProcess, 21);
      expect(other.status).toBe(429);
      expect(other.error.data.domainCode).toBe("RATE_LIMITED");
      expect(other.retryAfter).not.toBeNull();
    });
  },
);
