import { appRouter } from "@yibao/api";
import { demoStaffCode } from "@yibao/api/testing";
import { demoAccounts } from "@yibao/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/start-test-server";

const procedures = Object.keys(appRouter._def.procedures);

/** What any write would change: the rows a hostile call must leave as they were. */
async function snapshot(database: TestServer["database"]) {
  const { prisma } = database;
  return {
    people: await prisma.person.count(),
    credentials: await prisma.citizenCredential.findMany({
      select: {
        personId: true,
        passwordHash: true,
        elderMode: true,
        totpSecretSealed: true,
        totpPendingSealed: true,
      },
      orderBy: { personId: "asc" },
    }),
    accounts: await prisma.account.findMany({
      select: { personId: true, balanceFen: true },
      orderBy: { personId: "asc" },
    }),
    ledger: await prisma.ledgerEntry.count(),
    staff: await prisma.staffUser.findMany({
      select: { id: true, passwordHash: true, active: true, totpSecretSealed: true },
      orderBy: { id: "asc" },
    }),
    loginThrottles: await prisma.loginThrottle.findMany({
      orderBy: [{ accountKey: "asc" }, { clientKey: "asc" }],
    }),
    verifications: await prisma.verificationChallenge.count(),
    messages: await prisma.outboundMessage.count(),
    sessions: await prisma.session.count(),
    cards: await prisma.card.findMany({
      select: { id: true, status: true },
      orderBy: { id: "asc" },
    }),
    applications: await prisma.cardApplication.findMany({
      select: { id: true, version: true },
      orderBy: { id: "asc" },
    }),
    audit: await prisma.auditEvent.count({ where: { result: "SUCCEEDED" } }),
  };
}

describe("every procedure under hostile input", () => {
  let running: TestServer;
  let base: string;
  let citizenCookie: string;
  let staffCookie: string;

  beforeAll(async () => {
    running = await startTestServer();
    base = running.baseUrl;
    const login = async (procedure: string, body: unknown) => {
      const response = await fetch(`${base}/trpc/${procedure}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    };
    citizenCookie = await login("auth.citizenLogin", demoAccounts.activeInsured);
    staffCookie = await login("auth.staffLogin", {
      ...demoAccounts.servicePointClerk,
      otp: await demoStaffCode(new Date()),
    });
    expect(citizenCookie).toMatch(/=/);
    expect(staffCookie).toMatch(/=/);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("answers random JSON to every procedure with a 4xx or a proper answer, never a 500, and changes nothing", async () => {
    const before = await snapshot(running.database);
    // Logging out with a valid cookie would be a legitimate change, so those calls go without one.
    // So would signing out everywhere, starting an enrolment and reporting one's card lost,
    // which need no input at all.
    const harmless = procedures.filter(
      (path) =>
        !path.endsWith("Logout") &&
        !path.endsWith("signOutEverywhere") &&
        !path.endsWith("beginEnrolment") &&
        path !== "citizen.card.reportLost" &&
        path !== "citizen.setElderMode",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...harmless),
        fc.constantFrom("", citizenCookie, staffCookie),
        fc.jsonValue({ maxDepth: 3 }),
        async (procedure, cookie, body) => {
          const response = await fetch(`${base}/trpc/${procedure}`, {
            method: "POST",
            headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
            body: JSON.stringify(body),
          });
          const text = await response.text();
          expect(response.status, `${procedure} answered ${response.status}: ${text}`).toBeLessThan(
            500,
          );
          expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
        },
      ),
      { numRuns: 300 },
    );
    expect(await snapshot(running.database)).toEqual(before);
  });

  it("refuses malformed elder-mode changes and keeps the saved preference", async () => {
    const before = await snapshot(running.database);
    await fc.assert(
      fc.asyncProperty(
        fc
          .jsonValue({ maxDepth: 2 })
          .filter((body) => typeof (body as { enabled?: unknown } | null)?.enabled !== "boolean"),
        async (body) => {
          const response = await fetch(`${base}/trpc/citizen.setElderMode`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: citizenCookie },
            body: JSON.stringify(body),
          });
          expect(response.status).toBe(400);
        },
      ),
      { numRuns: 50 },
    );
    expect(await snapshot(running.database)).toEqual(before);
  });
});
